package dev.kijun.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code java -jar kijun.jar}. */
public final class Main {
  private Main() {}

  /** Runs the command line; standard output and error are UTF-8 whatever the platform's default. */
  public static void main(String[] args) {
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
