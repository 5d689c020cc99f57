package dev.kijun.report;

import dev.kijun.criteria.Language;
import dev.kijun.criteria.Level;

/** The words reports use for verdicts, outcomes, levels and headings, in Japanese or English. */
final class Labels {
  private final Language language;

  private Labels(Language language) {
    this.language = language;
  }

  static Labels of(Language language) {
    return new Labels(language);
  }

  boolean ja() {
    return language == Language.JA;
  }

  /** The language's word for a verdict: 満たす, or "Satisfied". */
  String verdict(Verdict v) {
    if (ja()) {
      return v.japanese();
    }
    return switch (v) {
      case SATISFIED -> "Satisfied";
      case NOT_SATISFIED -> "Not satisfied";
      case UNDETERMINED -> "Undetermined";
      case NOT_APPLICABLE -> "Not applicable";
      case WAIVED -> "Waived";
    };
  }

  /** The language's word for an overall result: 適合, or "Compliant". */
  String outcome(Outcome o) {
    if (ja()) {
      return o.japanese();
    }
    return switch (o) {
      case COMPLIANT -> "Compliant";
      case NON_COMPLIANT -> "Non-compliant";
      case INCOMPLETE -> "Incomplete";
    };
  }

  /** The language's word for a level: 必須, or "Required". */
  String level(Level level) {
    if (ja()) {
      return level.japanese();
    }
    return level == Level.REQUIRED ? "Required" : "Recommended";
  }

  /** One of two texts, by language. */
  String t(String japanese, String english) {
    return ja() ? japanese : english;
  }
}
