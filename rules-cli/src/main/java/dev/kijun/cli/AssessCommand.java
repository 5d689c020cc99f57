package dev.kijun.cli;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.Language;
import dev.kijun.engine.Kijun;
import dev.kijun.io.Document;
import dev.kijun.io.InvalidInputException;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Report;
import dev.kijun.report.ReportFormat;
import dev.kijun.report.ReportItem;
import dev.kijun.report.ReportWriter;
import dev.kijun.report.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kijun assess}: judges profiles and reports the findings. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = "Assesses service profiles (YAML or JSON files, or directories of them) against the criteria.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every profile is COMPLIANT (適合)",
        "1:a profile is NON_COMPLIANT (不適合)",
        "2:a file is unreadable or invalid, or a usage error (the other files are still assessed)",
        "3:no profile fails, but some criteria cannot be decided (要確認)"})
final class AssessCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "profile files, or directories to search for *.yaml, *.yml and *.json")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
      description = "text, json, markdown, html or junit (default: ${DEFAULT-VALUE})")
  ReportFormat format;

  @Option(names = "--lang", defaultValue = "ja", converter = LanguageConverter.class,
      description = "ja or en (default: ${DEFAULT-VALUE})")
  Language language;

  @Option(names = "--as-of", paramLabel = "DATE", description = "judge as of this date (YYYY-MM-DD; default: today)")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    List<Path> files = expand(inputs);
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no profile files found in " + inputs);
    }
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    ProfileReader reader = ProfileReader.create();
    LocalDate date = asOf != null ? asOf : LocalDate.now();
    List<ReportItem> items = new ArrayList<>();
    int exit = ExitCodes.COMPLIANT;
    for (Path file : files) {
      try {
        Document<ServiceProfile> doc = reader.readDocument(file);
        var assessment = kijun.assess(doc.value(), date);
        items.add(new ReportItem.Assessed(file.toString(), doc.sha256(), assessment));
        exit = ExitCodes.worst(exit, ExitCodes.of(assessment.overall()));
      } catch (InvalidInputException e) {
        items.add(new ReportItem.Failed(e.source(), e.problems()));
        spec.commandLine().getErr().println("kijun: " + e.getMessage());
        exit = ExitCodes.worst(exit, ExitCodes.INVALID_INPUT);
      }
    }
    Report report = new Report(items, kijun.criteria(), language, false);
    PrintWriter out = spec.commandLine().getOut();
    ReportWriter writer = format == ReportFormat.TEXT
        ? new TextReportWriter(Terminal.colour())
        : ReportWriter.of(format);
    if (format != ReportFormat.TEXT || report.assessed().size() > 0) {
      writer.write(report, out);
    }
    out.flush();
    return exit;
  }

  private static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches("(?i).*\\.(ya?ml|json)$"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.parse(value);
    }
  }

  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.parse(value);
    }
  }
}
