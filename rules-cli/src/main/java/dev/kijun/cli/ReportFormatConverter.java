package dev.kijun.cli;

import dev.kijun.report.ReportFormat;
import picocli.CommandLine;

/** Parses {@code --format} values in any case. */
final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    try {
      return ReportFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
