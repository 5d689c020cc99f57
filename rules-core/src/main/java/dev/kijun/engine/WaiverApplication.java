package dev.kijun.engine;

import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Messages;
import dev.kijun.policy.RejectedWaiver;
import dev.kijun.policy.Waiver;
import dev.kijun.policy.Waivers;
import dev.kijun.report.AppliedWaiver;
import dev.kijun.report.Finding;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies waivers to the findings of one profile. A waiver turns a NOT_SATISFIED or UNDETERMINED finding into
 * WAIVED, keeping its original verdict and reasons. An expired, malformed, unneeded or misdirected waiver is not
 * applied, and the assessment's notes say why: a waiver never hides a finding, and never silently vanishes.
 */
final class WaiverApplication {
  static final String EXPIRED = "kijun.waiver-expired";
  static final String REJECTED = "kijun.waiver-rejected";
  static final String NOT_NEEDED = "kijun.waiver-not-needed";
  static final String UNKNOWN_CRITERION = "kijun.waiver-unknown-criterion";
  static final String APPLIED = "kijun.waiver-applied";

  private WaiverApplication() {}

  static List<Finding> apply(List<Finding> findings, String profileId, LocalDate asOf, Waivers waivers,
      Messages messages, Set<CriterionId> known, List<Reason> notes) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Finding result = f;
      for (Waiver w : waivers.valid()) {
        if (!w.covers(profileId) || !w.criterion().equals(f.criterion())) {
          continue;
        }
        if (!w.isValidOn(asOf)) {
          notes.add(new Reason(EXPIRED, List.of(w.approvalNumber(), w.criterion().value(), w.validUntil().toString(),
              asOf.toString()), messages));
        } else if (f.verdict() == Verdict.NOT_SATISFIED || f.verdict() == Verdict.UNDETERMINED) {
          if (result.waiver() == null) {
            result = f.waivedBy(new AppliedWaiver(w.approvalNumber(), w.approver(), w.reason(), w.validUntil()));
            notes.add(new Reason(APPLIED, List.of(w.approvalNumber(), w.criterion().value(),
                f.verdict().name(), w.validUntil().toString()), messages));
          }
        } else {
          notes.add(new Reason(NOT_NEEDED, List.of(w.approvalNumber(), w.criterion().value(), f.verdict().name()),
              messages));
        }
      }
      out.add(result);
    }
    for (Waiver w : waivers.valid()) {
      if (w.covers(profileId) && !known.contains(w.criterion())) {
        notes.add(new Reason(UNKNOWN_CRITERION, List.of(w.approvalNumber(), w.criterion().value()), messages));
      }
    }
    for (RejectedWaiver r : waivers.rejected()) {
      if (r.concerns(profileId)) {
        notes.add(new Reason(REJECTED, List.of(r.approvalNumber() == null ? r.pointer() : r.approvalNumber(),
            r.problem()), messages));
      }
    }
    return out;
  }
}
