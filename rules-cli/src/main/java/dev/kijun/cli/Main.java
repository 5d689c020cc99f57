package dev.kijun.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;

/** Entry point of {@code java -jar kijun.jar}. */
public final class Main {
  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private Main() {}

  /** Runs the command line; standard output and error are UTF-8 whatever the platform's default. */
  public static void main(String[] args) {
    // before anything logs: KIJUN_LOG_LEVEL sets the log level, unless it is set on the command line
    String level = System.getenv("KIJUN_LOG_LEVEL");
    if (level != null && !level.isBlank() && System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, level.strip().toLowerCase(Locale.ROOT));
    }
    CommandLine cl = KijunCommand.newCommandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true));
    int exit = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(exit);
  }
}
