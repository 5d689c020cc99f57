package dev.kijun.report;

import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Level;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one service profile: one finding per criterion of the catalog in force, and the overall result.
 *
 * @param profileId the assessed profile's id
 * @param catalogVersion the catalog's name and version
 * @param evaluationDate the date the assessment is made as of (key-length periods and waiver expiry depend on it)
 * @param findings one finding per criterion, in catalog order
 * @param notes remarks about the assessment as a whole, such as waivers that were not applied
 * @param revisions the revisions of the data the rules used, e.g. {@code cryptrec → LS-0001-2022R2 (2026-03-30)}
 */
public record Assessment(String profileId, String catalogVersion, LocalDate evaluationDate, List<Finding> findings,
    List<Reason> notes, Map<String, String> revisions) {
  public Assessment {
    Objects.requireNonNull(profileId, "profile id must not be null");
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    revisions = Map.copyOf(revisions);
  }

  /** COMPLIANT, NON_COMPLIANT or INCOMPLETE, from the mandatory criteria. */
  public Outcome overall() {
    boolean undecided = false;
    for (Finding f : findings) {
      if (f.level() != Level.REQUIRED) {
        continue;
      }
      if (f.verdict() == Verdict.NOT_SATISFIED) {
        return Outcome.NON_COMPLIANT;
      }
      if (f.verdict() == Verdict.UNDETERMINED) {
        undecided = true;
      }
    }
    return undecided ? Outcome.INCOMPLETE : Outcome.COMPLIANT;
  }

  /** The finding for a criterion. */
  public Optional<Finding> finding(CriterionId id) {
    return findings.stream().filter(f -> f.criterion().equals(id)).findFirst();
  }

  /** The finding for a criterion given as text, e.g. {@code "B2-22"}. */
  public Optional<Finding> finding(String id) {
    return finding(CriterionId.of(id));
  }

  /** How many findings have each verdict. */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.verdict(), 1, Integer::sum);
    }
    return counts;
  }
}
