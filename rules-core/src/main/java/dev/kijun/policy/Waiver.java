package dev.kijun.policy;

import dev.kijun.criteria.CriterionId;
import java.time.LocalDate;
import java.util.List;

/**
 * An approved exception (例外措置) for one criterion and the profiles it covers. A waived finding becomes WAIVED
 * (例外承認) and keeps its original verdict and reasons: a waiver never hides a finding.
 *
 * @param criterion the criterion
 * @param profiles the ids of the profiles it covers
 * @param reason why the exception was approved
 * @param approver who approved it
 * @param approvalNumber the approval's number (決裁番号)
 * @param validUntil the last day it applies
 */
public record Waiver(CriterionId criterion, List<String> profiles, String reason, String approver,
    String approvalNumber, LocalDate validUntil) {
  public Waiver {
    profiles = List.copyOf(profiles);
  }

  /** Whether the waiver covers a profile. */
  public boolean covers(String profileId) {
    return profiles.contains(profileId);
  }

  /** Whether the waiver still applies on a day. */
  public boolean isValidOn(LocalDate day) {
    return !day.isAfter(validUntil);
  }
}
