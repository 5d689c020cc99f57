package dev.kijun.report;

/** The answer for one criterion. */
public enum Verdict {
  /** 満たす: the facts show the criterion is met. */
  SATISFIED("満たす"),
  /** 満たさない: a fact shows the criterion is not met. */
  NOT_SATISFIED("満たさない"),
  /** 判断できない: facts are missing or unknown; the missing facts are named. */
  UNDETERMINED("判断できない"),
  /** 対象外: the criterion does not apply to this service, and the finding says why. */
  NOT_APPLICABLE("対象外"),
  /** 例外承認: an approved waiver covers the finding; its original verdict and reasons are kept. */
  WAIVED("例外承認");

  private final String japanese;

  Verdict(String japanese) {
    this.japanese = japanese;
  }

  /** The Japanese word for the verdict. */
  public String japanese() {
    return japanese;
  }

  /** How bad the verdict is when several conclusions meet: NOT_SATISFIED is worst. */
  int severity() {
    return switch (this) {
      case NOT_SATISFIED -> 3;
      case UNDETERMINED -> 2;
      case SATISFIED -> 1;
      case NOT_APPLICABLE, WAIVED -> 0;
    };
  }

  /** The worse of two verdicts. */
  public Verdict worse(Verdict other) {
    return other.severity() > severity() ? other : this;
  }
}
