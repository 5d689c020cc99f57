package dev.kijun.engine.drools;

import dev.kijun.report.Verdict;
import dev.kijun.rules.Conclusions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Collects the conclusions of one session. One instance per assessment, never shared. */
final class ConclusionCollector implements Conclusions {
  private final List<Conclusion> conclusions = new ArrayList<>();
  private RuleTag current;

  void firing(RuleTag tag) {
    current = tag;
  }

  List<Conclusion> conclusions() {
    return conclusions;
  }

  @Override
  public void satisfied(String key, Object... args) {
    add(Verdict.SATISFIED, key, null, args);
  }

  @Override
  public void notSatisfied(String key, Object... args) {
    add(Verdict.NOT_SATISFIED, key, null, args);
  }

  @Override
  public void undetermined(String key, String missingFact, Object... args) {
    add(Verdict.UNDETERMINED, key, Objects.requireNonNull(missingFact, "missing fact must be named"), args);
  }

  @Override
  public void notApplicable(String key, Object... args) {
    add(Verdict.NOT_APPLICABLE, key, null, args);
  }

  private void add(Verdict verdict, String key, String missingFact, Object[] args) {
    if (current == null || current.criterion() == null) {
      throw new IllegalStateException("a rule without @criterion(...) metadata concluded '" + key
          + "'; tag every rule with the criterion it judges");
    }
    conclusions.add(new Conclusion(current.criterion(), current.part(), verdict,
        current.criterion().value() + "." + key, args.length == 0 ? List.of() : Arrays.asList(args.clone()),
        missingFact, current.rule()));
  }
}
