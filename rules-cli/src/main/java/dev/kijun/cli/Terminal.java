package dev.kijun.cli;

/** What the terminal the CLI writes to can show. */
final class Terminal {
  private Terminal() {}

  /** Colour only on an interactive terminal, and never when NO_COLOR is set (https://no-color.org). */
  static boolean colour() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
  }
}
