package dev.kijun.test;

import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Verdict;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one {@link Finding}. Failure messages show the finding's verdict, reasons and missing facts. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
  private final Assessment assessment;

  FindingAssert(Finding actual, Assessment assessment) {
    super(actual, FindingAssert.class);
    this.assessment = assessment;
  }

  /** Fails unless the verdict is the one given. */
  public FindingAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      failWithMessage("Expected %s to be %s but was %s:%n%s", actual.criterion(), expected, actual.verdict(),
          Describe.finding(actual));
    }
    return this;
  }

  /** Fails unless the criterion is SATISFIED (満たす). */
  public FindingAssert isSatisfied() {
    return hasVerdict(Verdict.SATISFIED);
  }

  /** Fails unless the criterion is NOT_SATISFIED (満たさない). */
  public FindingAssert isNotSatisfied() {
    return hasVerdict(Verdict.NOT_SATISFIED);
  }

  /** Fails unless the criterion is UNDETERMINED (判断できない). */
  public FindingAssert isUndetermined() {
    return hasVerdict(Verdict.UNDETERMINED);
  }

  /** Fails unless the criterion is NOT_APPLICABLE (対象外). */
  public FindingAssert isNotApplicable() {
    return hasVerdict(Verdict.NOT_APPLICABLE);
  }

  /** Fails unless the finding is WAIVED (例外承認). */
  public FindingAssert isWaived() {
    return hasVerdict(Verdict.WAIVED);
  }

  /** Fails unless some reason, in Japanese or English, contains the text. */
  public FindingAssert hasReasonContaining(String text) {
    isNotNull();
    boolean found = actual.reasons().stream().anyMatch(r -> r.ja().contains(text) || r.en().contains(text));
    if (!found) {
      failWithMessage("Expected a reason of %s containing \"%s\", but its reasons are:%n%s", actual.criterion(), text,
          Describe.finding(actual));
    }
    return this;
  }

  /** Fails unless the finding names the fact as missing (a JSON pointer such as {@code /changeNotice/noticePeriod}). */
  public FindingAssert hasMissingFact(String pointer) {
    isNotNull();
    if (!actual.missingFacts().contains(pointer)) {
      failWithMessage("Expected %s to name %s as missing, but it names %s:%n%s", actual.criterion(), pointer,
          actual.missingFacts(), Describe.finding(actual));
    }
    return this;
  }

  /** Fails unless the part has the verdict given. */
  public FindingAssert hasPart(String partId, Verdict expected) {
    isNotNull();
    PartResult part = actual.part(partId).orElse(null);
    if (part == null) {
      failWithMessage("Expected %s to have part %s, but it has none:%n%s", actual.criterion(), partId,
          Describe.finding(actual));
    } else if (part.verdict() != expected) {
      failWithMessage("Expected part %s of %s to be %s but was %s:%n%s", partId, actual.criterion(), expected,
          part.verdict(), Describe.finding(actual));
    }
    return this;
  }

  /** Back to the whole assessment, to chain assertions on another criterion. */
  public AssessmentAssert and() {
    return new AssessmentAssert(assessment);
  }
}
