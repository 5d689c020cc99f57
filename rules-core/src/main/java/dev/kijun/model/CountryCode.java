package dev.kijun.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code JP}. Only codes that ISO assigns are accepted.
 *
 * @param code the two upper-case letters
 */
public record CountryCode(String code) {
  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /** Japan. */
  public static final CountryCode JAPAN = new CountryCode("JP");

  public CountryCode {
    if (code == null || !ISO_CODES.contains(code)) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an ISO 3166-1 alpha-2 country code (use two upper-case letters, e.g. JP, US)");
    }
  }

  /** Parses a code, accepting lower case, full-width letters ({@code ＪＰ}) and surrounding white space. */
  @JsonCreator
  public static CountryCode of(String code) {
    return new CountryCode(code == null ? null : Codes.normalise(code).toUpperCase(Locale.ROOT));
  }

  /** True for Japan. */
  public boolean isJapan() {
    return equals(JAPAN);
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
