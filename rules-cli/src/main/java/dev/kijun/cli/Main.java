package dev.kijun.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar kijun.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(KijunCommand.newCommandLine().execute(args));
  }
}
