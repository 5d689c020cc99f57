package dev.kijun.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the terminal the CLI writes to can show. */
final class Terminal {
  private Terminal() {}

  /** Colour only on an interactive terminal, and never when NO_COLOR is set (https://no-color.org). */
  static boolean colour() {
    return System.console() != null && !noColor() && !"dumb".equals(System.getenv("TERM"));
  }

  /** Whether {@code NO_COLOR} is set to anything but the empty string. */
  static boolean noColor() {
    String noColor = System.getenv("NO_COLOR");
    return noColor != null && !noColor.isEmpty();
  }

  /**
   * Whether standard error is a terminal. Java 17 can only ask whether the whole session is interactive
   * ({@link System#console()}); standard output redirected to a file still leaves standard error on the terminal,
   * which Linux shows as the target of {@code /proc/self/fd/2}.
   */
  static boolean stderrIsTerminal() {
    if (System.console() != null) {
      return true;
    }
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (!Files.isSymbolicLink(fd2)) {
        return false;
      }
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return false;
    }
  }
}
