package dev.kijun.catalog.crypto;

/** How well a row of the CRYPTREC data is sourced (the tags of the project's reference notes). */
public enum Confidence {
  /** Seen in a primary or official source. */
  CONFIRMED_PRIMARY("confirmed-primary"),
  /** Seen in a secondary source that quotes the primary; re-check against the primary before a release. */
  CONFIRMED_SECONDARY("confirmed-secondary"),
  /** No source confirmed it: a hypothesis to check against the primary document. */
  UNVERIFIED("unverified");

  private final String code;

  Confidence(String code) {
    this.code = code;
  }

  /** Parses the data file's spelling. */
  public static Confidence parse(String code) {
    for (Confidence c : values()) {
      if (c.code.equals(code.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown confidence '" + code + "'; use confirmed-primary, "
        + "confirmed-secondary or unverified");
  }

  @Override
  public String toString() {
    return code;
  }
}
