package dev.kijun.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place: {@code [#####.....]  512/1000  name}. Silent when switched
 * off, so callers need not check.
 */
final class Progress {
  private static final int BAR = 30;
  private final PrintWriter err;
  private final int total;
  private final boolean on;
  private int lastWidth;

  private Progress(PrintWriter err, int total, boolean on) {
    this.err = err;
    this.total = total;
    this.on = on;
  }

  /** A progress bar that draws only when {@code on}. */
  static Progress of(PrintWriter err, int total, boolean on) {
    return new Progress(err, total, on);
  }

  /** Shows that {@code done} of the total are finished, the last being {@code name}. */
  void step(int done, String name) {
    if (!on) {
      return;
    }
    int filled = total == 0 ? BAR : (int) ((long) done * BAR / total);
    String line = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + String.format("%" + digits() + "d/%d",
        done, total) + "  " + shorten(name, 40);
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    err.flush();
    lastWidth = line.length();
  }

  /** Clears the bar, leaving the line empty for what follows. */
  void finish() {
    if (!on || lastWidth == 0) {
      return;
    }
    err.print("\r" + " ".repeat(lastWidth) + "\r");
    err.flush();
  }

  private int digits() {
    return String.valueOf(total).length();
  }

  private static String shorten(String name, int max) {
    return name.length() <= max ? name : "…" + name.substring(name.length() - max + 1);
  }
}
