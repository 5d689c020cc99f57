package dev.kijun.report;

import dev.kijun.io.InputProblem;
import java.util.List;

/** One input of a report: a profile that was assessed, or a file that could not be read. */
public sealed interface ReportItem {
  /** The file or name the profile came from. */
  String source();

  /**
   * An assessed profile.
   *
   * @param source the file it came from
   * @param sha256 the SHA-256 of the file's bytes, or null when it did not come from a file
   * @param assessment the assessment
   */
  record Assessed(String source, String sha256, Assessment assessment) implements ReportItem {}

  /**
   * A file that could not be assessed.
   *
   * @param source the file
   * @param problems what is wrong with it
   */
  record Failed(String source, List<InputProblem> problems) implements ReportItem {
    public Failed {
      problems = List.copyOf(problems);
    }
  }
}
