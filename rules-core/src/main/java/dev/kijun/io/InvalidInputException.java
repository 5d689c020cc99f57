package dev.kijun.io;

import dev.kijun.KijunException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (profile, policy, waivers) cannot be read: malformed, of the wrong shape, or beyond the reader's
 * limits. The message names the file, where in it ({@code line:column} and the JSON pointer), and what to fix, as in
 * {@code profile.yaml:12:5 (/changeNotice/noticePeriod) noticePeriod P-6M is negative; ...}. It never carries a
 * parser's stack trace for the user to read: {@link #problems()} has everything, structured.
 */
public class InvalidInputException extends KijunException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final transient List<InputProblem> problems;

  /**
   * @param source the file or name the input came from
   * @param problems what is wrong; at least one
   */
  public InvalidInputException(String source, List<InputProblem> problems) {
    super(format(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file or name the input came from. */
  public String source() {
    return source;
  }

  /** Every problem found: one when reading (which stops at the first), all of them when validating. */
  public List<InputProblem> problems() {
    return problems;
  }

  /** {@code source:line:column (pointer) message}, one problem a line when there are several. */
  static String format(String source, List<InputProblem> problems) {
    if (problems.size() == 1) {
      return locate(source, problems.get(0));
    }
    return source + ": " + problems.size() + " problems\n"
        + problems.stream().map(p -> "  " + locate(source, p)).collect(Collectors.joining("\n"));
  }

  private static String locate(String source, InputProblem problem) {
    return source + (problem.line() > 0 ? ":" : ": ") + problem.describe();
  }
}
