package dev.kijun.engine;

import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Messages;
import dev.kijun.criteria.Part;
import dev.kijun.engine.drools.Conclusion;
import dev.kijun.model.Claim;
import dev.kijun.model.Evidence;
import dev.kijun.model.HasEvidence;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Combines the conclusions rules stated for one criterion into its finding. Fail-safe: a criterion no rule
 * concluded, or a part no rule concluded, is UNDETERMINED, never SATISFIED.
 */
final class FindingAssembler {
  static final String NO_CONCLUSION = "kijun.no-conclusion";
  static final String PART_NOT_CONCLUDED = "kijun.part-not-concluded";
  static final String UNSUPPORTED_DECLARATION = "kijun.unsupported-declaration";

  private final Messages messages;

  FindingAssembler(Messages messages) {
    this.messages = messages;
  }

  Finding assemble(Criterion criterion, List<Conclusion> conclusions) {
    CriterionId id = criterion.id();
    List<Conclusion> sorted = new ArrayList<>(conclusions);
    sorted.sort(order(criterion));
    Set<String> rules = new TreeSet<>();
    sorted.forEach(c -> rules.add(c.rule()));

    if (sorted.isEmpty()) {
      return new Finding(id, criterion.level(), Verdict.UNDETERMINED,
          List.of(new Reason(NO_CONCLUSION, List.of(id.value()), messages)), List.of(), List.of(), List.of(),
          List.of(), null, null);
    }

    boolean allNotApplicable = sorted.stream().allMatch(c -> c.verdict() == Verdict.NOT_APPLICABLE);
    boolean notApplicable = allNotApplicable
        || sorted.stream().anyMatch(c -> c.verdict() == Verdict.NOT_APPLICABLE && c.part() == null)
        && sorted.stream().noneMatch(c -> c.verdict() == Verdict.NOT_SATISFIED || c.verdict() == Verdict.UNDETERMINED);
    if (notApplicable) {
      List<Conclusion> why = sorted.stream()
          .filter(c -> c.verdict() == Verdict.NOT_APPLICABLE && (allNotApplicable || c.part() == null)).toList();
      return new Finding(id, criterion.level(), Verdict.NOT_APPLICABLE, reasons(why), List.of(), List.of(),
          evidence(why), List.copyOf(rules), null, null);
    }

    Verdict verdict = Verdict.SATISFIED;
    for (Conclusion c : sorted) {
      if (c.verdict() != Verdict.NOT_APPLICABLE) {
        verdict = verdict.worse(c.verdict());
      }
    }
    List<PartResult> parts = new ArrayList<>();
    List<Reason> reasons = reasons(sorted);
    for (Part part : criterion.parts()) {
      List<Conclusion> ofPart = sorted.stream().filter(c -> part.id().equals(c.part())).toList();
      if (ofPart.isEmpty()) {
        Reason missing = new Reason(PART_NOT_CONCLUDED, List.of(part.id()), messages);
        parts.add(new PartResult(part.id(), Verdict.UNDETERMINED, List.of(missing)));
        reasons.add(missing);
        verdict = verdict.worse(Verdict.UNDETERMINED);
      } else {
        Verdict partVerdict = ofPart.stream().allMatch(c -> c.verdict() == Verdict.NOT_APPLICABLE)
            ? Verdict.NOT_APPLICABLE : Verdict.SATISFIED;
        for (Conclusion c : ofPart) {
          if (c.verdict() != Verdict.NOT_APPLICABLE) {
            partVerdict = partVerdict.worse(c.verdict());
          }
        }
        parts.add(new PartResult(part.id(), partVerdict, reasons(ofPart)));
      }
    }
    if (verdict == Verdict.SATISFIED && restsOnUnsupportedClaims(sorted)) {
      reasons.add(new Reason(UNSUPPORTED_DECLARATION, List.of(), messages));
    }
    Set<String> missingFacts = new TreeSet<>();
    sorted.stream().filter(c -> c.missingFact() != null).forEach(c -> missingFacts.add(c.missingFact()));
    return new Finding(id, criterion.level(), verdict, reasons, List.copyOf(missingFacts), parts, evidence(sorted),
        List.copyOf(rules), null, null);
  }

  private List<Reason> reasons(List<Conclusion> conclusions) {
    List<Reason> out = new ArrayList<>(conclusions.size());
    Set<Reason> seen = new LinkedHashSet<>();
    for (Conclusion c : conclusions) {
      Reason r = new Reason(c.messageKey(), c.args(), messages);
      if (seen.add(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<Evidence> evidence(List<Conclusion> conclusions) {
    Set<Evidence> out = new LinkedHashSet<>();
    for (Conclusion c : conclusions) {
      for (Object arg : c.args()) {
        if (arg instanceof HasEvidence h) {
          out.addAll(h.evidence());
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean restsOnUnsupportedClaims(List<Conclusion> conclusions) {
    for (Conclusion c : conclusions) {
      for (Object arg : c.args()) {
        if (arg instanceof Claim claim && claim.isUnsupported()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Comparator<Conclusion> order(Criterion criterion) {
    List<String> partIds = criterion.parts().stream().map(Part::id).toList();
    return Comparator.<Conclusion>comparingInt(c -> -severity(c.verdict()))
        .thenComparingInt(c -> c.part() == null ? -1 : partIds.indexOf(c.part()))
        .thenComparing(Conclusion::rule)
        .thenComparing(Conclusion::messageKey)
        .thenComparing(c -> String.valueOf(c.args()));
  }

  private static int severity(Verdict v) {
    return switch (v) {
      case NOT_SATISFIED -> 3;
      case UNDETERMINED -> 2;
      case SATISFIED -> 1;
      case NOT_APPLICABLE, WAIVED -> 0;
    };
  }
}
