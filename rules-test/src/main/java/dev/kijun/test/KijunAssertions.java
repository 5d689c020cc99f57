package dev.kijun.test;

import dev.kijun.report.Assessment;

/**
 * Entry point of the assertions.
 *
 * <pre>{@code
 * import static dev.kijun.test.KijunAssertions.assertThat;
 *
 * assertThat(kijun.assess(profile)).criterion("B2-22").isSatisfied();
 * assertThat(kijun.assess(profile)).hasNoViolations();
 * }</pre>
 */
public final class KijunAssertions {
  private KijunAssertions() {}

  /** Assertions on an assessment. */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }
}
