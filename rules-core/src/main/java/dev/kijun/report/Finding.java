package dev.kijun.report;

import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Level;
import dev.kijun.model.Evidence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one criterion: its verdict, why (in Japanese and English, naming actual and required values), which
 * facts are missing, and what evidence was used.
 *
 * @param criterion the criterion's id
 * @param level its level as the policy in force sets it
 * @param verdict the verdict
 * @param reasons the explanations, most important first
 * @param missingFacts the facts that would be needed to decide, as JSON pointers into the profile
 * @param parts the verdict per part, for multi-part criteria
 * @param evidence the evidence behind the facts that decided it
 * @param rules the names of the rules that concluded it
 * @param waiver the waiver that covers it, if any (then {@code verdict} is WAIVED)
 * @param originalVerdict the verdict before a waiver; equal to {@code verdict} when there is none
 */
public record Finding(CriterionId criterion, Level level, Verdict verdict, List<Reason> reasons,
    List<String> missingFacts, List<PartResult> parts, List<Evidence> evidence, List<String> rules,
    AppliedWaiver waiver, Verdict originalVerdict) {
  public Finding {
    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(verdict, "verdict must not be null");
    reasons = List.copyOf(reasons);
    missingFacts = List.copyOf(missingFacts);
    parts = List.copyOf(parts);
    evidence = List.copyOf(evidence);
    rules = List.copyOf(rules);
    originalVerdict = originalVerdict == null ? verdict : originalVerdict;
  }

  /** The waiver, if one covers the finding. */
  public Optional<AppliedWaiver> appliedWaiver() {
    return Optional.ofNullable(waiver);
  }

  /** The verdict of one part, if the criterion has it. */
  public Optional<PartResult> part(String id) {
    return parts.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Whether the finding counts against the service: a mandatory criterion not met. */
  public boolean isViolation() {
    return verdict == Verdict.NOT_SATISFIED && level == Level.REQUIRED;
  }

  /** A copy covered by a waiver: the verdict becomes WAIVED, the original and the reasons stay. */
  public Finding waivedBy(AppliedWaiver appliedWaiver) {
    return new Finding(criterion, level, Verdict.WAIVED, reasons, missingFacts, parts, evidence, rules,
        appliedWaiver, originalVerdict);
  }
}
