package dev.kijun.criteria;

import java.util.Locale;

/** The languages Kijun explains itself in. Japanese is the original; English is a translation. */
public enum Language {
  JA(Locale.JAPANESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the language. */
  public Locale locale() {
    return locale;
  }

  /** Parses {@code ja} or {@code en}, in any case. */
  public static Language parse(String text) {
    for (Language language : values()) {
      if (language.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return language;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a supported language; use ja or en");
  }
}
