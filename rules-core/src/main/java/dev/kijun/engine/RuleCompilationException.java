package dev.kijun.engine;

import dev.kijun.KijunException;
import java.util.List;
import java.util.stream.Collectors;

/** Rules did not compile, or break the catalog's contract. The engine is not built: never a partial catalog. */
public class RuleCompilationException extends KijunException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleProblem> problems;

  public RuleCompilationException(List<RuleProblem> problems) {
    super("rules could not be loaded:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, with its file and line. */
  public List<RuleProblem> problems() {
    return problems;
  }
}
