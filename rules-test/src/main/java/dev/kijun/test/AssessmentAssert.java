package dev.kijun.test;

import dev.kijun.criteria.CriterionId;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.Outcome;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an {@link Assessment}. Every failure message lists all findings with their reasons. */
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

  AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /** Fails if the assessment has no finding for the criterion; otherwise assertions on that finding. */
  public FindingAssert criterion(String id) {
    isNotNull();
    CriterionId criterion = CriterionId.of(id);
    Finding finding = actual.finding(criterion).orElse(null);
    if (finding == null) {
      failWithMessage("Expected a finding for %s, but the assessment has none.%n%s", id, Describe.assessment(actual));
    }
    return new FindingAssert(finding, actual);
  }

  /** Fails if the overall result is not the one given. */
  public AssessmentAssert hasOverall(Outcome expected) {
    isNotNull();
    if (actual.overall() != expected) {
      failWithMessage("Expected overall %s but was %s.%n%s", expected, actual.overall(), Describe.assessment(actual));
    }
    return this;
  }

  /** Fails unless the assessment is COMPLIANT (適合). */
  public AssessmentAssert isCompliant() {
    return hasOverall(Outcome.COMPLIANT);
  }

  /** Fails if any mandatory criterion is NOT_SATISFIED; the message names each violation and why. */
  public AssessmentAssert hasNoViolations() {
    isNotNull();
    List<Finding> violations = actual.findings().stream().filter(Finding::isViolation).toList();
    if (!violations.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      violations.forEach(v -> sb.append(Describe.finding(v)));
      failWithMessage("Expected no violations, but %d mandatory criteria are NOT_SATISFIED:%n%s%nAll findings:%n%s",
          violations.size(), sb, Describe.assessment(actual));
    }
    return this;
  }

  /** Fails if the assessment's criteria are not exactly these, in any order. */
  public AssessmentAssert hasOnlyCriteria(String... ids) {
    isNotNull();
    List<String> actualIds = actual.findings().stream().map(f -> f.criterion().value()).sorted().toList();
    List<String> expected = Arrays.stream(ids).sorted().toList();
    if (!actualIds.equals(expected)) {
      failWithMessage("Expected findings for exactly %s but found %s", expected, actualIds);
    }
    return this;
  }
}
