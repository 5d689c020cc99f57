package dev.kijun.report;

import java.io.IOException;

/** Writes a {@link Report} in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {
  /** Writes the report. */
  void write(Report report, Appendable out) throws IOException;

  /** The writer for a format; text comes without colour (use {@link TextReportWriter} for colour). */
  static ReportWriter of(ReportFormat format) {
    return switch (format) {
      case JSON -> new JsonReportWriter();
      case TEXT -> new TextReportWriter(false);
      case MARKDOWN -> new MarkdownReportWriter();
      case HTML -> new HtmlReportWriter();
      case JUNIT -> new JUnitReportWriter();
    };
  }
}
