package dev.kijun.io;

import dev.kijun.KijunException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (profile, policy, waivers) cannot be read: malformed, of the wrong shape, or beyond the reader's
 * limits. The message names the file, where in it, and what to fix.
 */
public class InvalidInputException extends KijunException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final transient List<InputProblem> problems;

  public InvalidInputException(String source, List<InputProblem> problems) {
    super(format(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file or name the input came from. */
  public String source() {
    return source;
  }

  /** Every problem found. */
  public List<InputProblem> problems() {
    return problems;
  }

  private static String format(String source, List<InputProblem> problems) {
    if (problems.size() == 1) {
      return source + ":" + problems.get(0).describe();
    }
    return source + ": " + problems.size() + " problems\n"
        + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
  }
}
