package dev.kijun.report;

/** The overall result of an assessment. */
public enum Outcome {
  /** 適合: every mandatory criterion is SATISFIED, NOT_APPLICABLE or WAIVED. */
  COMPLIANT("適合"),
  /** 不適合: a mandatory criterion is NOT_SATISFIED. */
  NON_COMPLIANT("不適合"),
  /** 要確認: no mandatory criterion fails, but some cannot be decided. */
  INCOMPLETE("要確認");

  private final String japanese;

  Outcome(String japanese) {
    this.japanese = japanese;
  }

  /** The Japanese word for the outcome. */
  public String japanese() {
    return japanese;
  }
}
