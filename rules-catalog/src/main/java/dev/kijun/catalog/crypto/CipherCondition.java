package dev.kijun.catalog.crypto;

/**
 * A condition or footnote of a row of the CRYPTREC lists, e.g. that XTS is only for storage devices.
 *
 * @param code its code in the data files, e.g. {@code xts-storage-only}
 * @param enforced true when Kijun checks it from the profile; false when a profile cannot declare it, so verdicts
 *     repeat it for the city to confirm
 * @param textJa the condition in Japanese
 * @param textEn the condition in English
 * @param evidence where it comes from (evidence keys of the cipher data file)
 * @param confidence how well it is sourced
 * @param verified whether it has been checked against the primary document
 */
public record CipherCondition(String code, boolean enforced, String textJa, String textEn, String evidence,
    Confidence confidence, boolean verified) {

  /** The code of XTS's storage-only condition. */
  public static final String XTS_STORAGE_ONLY = "xts-storage-only";
  /** The code of XTS's 128-bit-block condition. */
  public static final String XTS_128_BIT_BLOCK = "xts-128-bit-block";

  @Override
  public String toString() {
    return textEn;
  }
}
