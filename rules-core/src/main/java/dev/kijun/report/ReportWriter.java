package dev.kijun.report;

import java.io.IOException;

/** Writes a {@link Report} in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {
  /** Writes the report. */
  void write(Report report, Appendable out) throws IOException;

  /** The writer for a format. */
  static ReportWriter of(ReportFormat format) {
    return switch (format) {
      case JSON -> new JsonReportWriter();
      case TEXT -> new TextReportWriter(false);
      default -> throw new IllegalArgumentException("no writer for " + format + " yet");
    };
  }
}
