package dev.kijun.report;

import java.util.Locale;

/** The formats reports are written in. */
public enum ReportFormat {
  /** A table for terminals. */
  TEXT("txt"),
  /** The versioned JSON document tools read. */
  JSON("json"),
  /** Markdown, for tickets and pull requests. */
  MARKDOWN("md"),
  /** A self-contained HTML page that prints on A4. */
  HTML("html"),
  /** JUnit XML, one test case per criterion, for CI systems. */
  JUNIT("xml");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Parses a format name in any case. */
  public static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a report format; use text, json, markdown, html or junit");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
