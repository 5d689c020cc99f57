package dev.kijun.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the kijun command line in-process, capturing what it writes. */
final class Cli {
  /** The example profiles users read, which the tests run. */
  static final Path EXAMPLES = Path.of("../rules-examples/profiles");

  /**
   * One run.
   *
   * @param exit the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = KijunCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }
}
