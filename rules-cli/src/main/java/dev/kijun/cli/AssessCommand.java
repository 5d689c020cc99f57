package dev.kijun.cli;

import dev.kijun.KijunException;
import dev.kijun.criteria.Language;
import dev.kijun.engine.Kijun;
import dev.kijun.io.Document;
import dev.kijun.io.InputProblem;
import dev.kijun.io.InvalidInputException;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Assessment;
import dev.kijun.report.Report;
import dev.kijun.report.ReportFormat;
import dev.kijun.report.ReportItem;
import dev.kijun.report.ReportWriter;
import dev.kijun.report.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kijun assess}: judges profiles and reports the findings. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = {
        "Assesses service profiles (YAML or JSON files, or directories of them) against the criteria.",
        "The engine is built once; a file that cannot be read is reported and the others are still assessed.",
        "With several profiles, a summary table ends the text report (or goes to standard error when standard output"
            + " carries JSON, Markdown, HTML or JUnit XML, and to standard output with --output)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every profile is COMPLIANT (適合)",
        "1:a profile is NON_COMPLIANT (不適合)",
        "2:a file is unreadable or invalid, or a usage error (the other files are still assessed)",
        "3:no profile fails, but some criteria cannot be decided (要確認)"})
final class AssessCommand implements Callable<Integer> {
  /** More files than this show a progress bar on a terminal. */
  static final int PROGRESS_THRESHOLD = 5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "profile files, or directories to search for *.yaml, *.yml and *.json")
  List<Path> inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = ReportFormatConverter.class,
      description = "text, json, markdown, html or junit (default: ${DEFAULT-VALUE})")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "write the report to FILE, or one report per profile into DIR (an existing directory, or a path"
          + " ending in /); the summary then goes to standard output")
  String output;

  @Mixin
  LanguageOption lang = new LanguageOption();

  @Mixin
  EngineOptions engineOptions = new EngineOptions();

  @Option(names = "--junit-undetermined", paramLabel = "error|failure", defaultValue = "error",
      description = "how JUnit XML reports an UNDETERMINED criterion: error or failure (default: ${DEFAULT-VALUE})")
  String junitUndetermined;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "show a progress bar on standard error when it is a terminal and there are more than "
          + PROGRESS_THRESHOLD + " files (default: on)")
  boolean progress;

  @Override
  public Integer call() throws IOException {
    boolean undeterminedIsFailure = switch (junitUndetermined.toLowerCase(Locale.ROOT)) {
      case "error" -> false;
      case "failure" -> true;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--junit-undetermined takes error or failure, not '" + junitUndetermined + "'");
    };
    OutputTarget target = OutputTarget.of(output);
    List<ProfileFiles.Input> files = ProfileFiles.expand(inputs);
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no profile files (*.yaml, *.yml, *.json) found in " + inputs);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    Kijun kijun = engineOptions.engine();
    LocalDate date = engineOptions.evaluationDate();
    ProfileReader reader = ProfileReader.create();
    Progress bar = Progress.of(err, files.size(),
        progress && files.size() > PROGRESS_THRESHOLD && Terminal.stderrIsTerminal());
    List<ReportItem> items = new ArrayList<>(files.size());
    List<Path> relatives = new ArrayList<>(files.size());
    int exit = ExitCodes.COMPLIANT;
    try (InOrder queue = new InOrder(kijun, reader, files, date)) {
      for (int i = 0; i < files.size(); i++) {
        ProfileFiles.Input file = files.get(i);
        ReportItem item = queue.get(i);
        if (item instanceof ReportItem.Failed failed) {
          bar.finish();
          err.println("kijun: " + describe(failed));
          exit = ExitCodes.worst(exit, ExitCodes.INVALID_INPUT);
        } else if (item instanceof ReportItem.Assessed assessed) {
          exit = ExitCodes.worst(exit, ExitCodes.of(assessed.assessment().overall()));
        }
        items.add(item);
        relatives.add(file.relative());
        bar.step(i + 1, file.path().toString());
      }
    }
    bar.finish();

    Report report = new Report(items, kijun.criteria(), lang.language, undeterminedIsFailure);
    TextReportWriter text = new TextReportWriter(Terminal.colour());
    if (target.isStdout()) {
      if (format == ReportFormat.TEXT) {
        if (!report.assessed().isEmpty() || items.size() > 1) {
          text.write(report, out);
        }
      } else {
        writer().write(report, out);
        if (items.size() > 1) {
          out.flush();
          new TextReportWriter(false).writeSummary(report, err);
        }
      }
    } else if (target.isDirectory()) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof ReportItem.Assessed assessed) {
          Path file = target.fileFor(relatives.get(i), format.extension());
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer().write(new Report(List.of(assessed), report.criteria(), report.language(),
                report.undeterminedIsFailure()), w);
          }
        }
      }
      text.writeSummary(report, out);
      out.println(lang.language == Language.JA
          ? "報告書の出力先: " + target.path() : "reports written to " + target.path());
    } else {
      try (Writer w = target.openFile()) {
        writer().write(report, w);
      }
      text.writeSummary(report, out);
      out.println(lang.language == Language.JA
          ? "報告書の出力先: " + target.path() : "report written to " + target.path());
    }
    out.flush();
    err.flush();
    return exit;
  }

  private ReportWriter writer() {
    return format == ReportFormat.TEXT ? new TextReportWriter(false) : ReportWriter.of(format);
  }

  /**
   * Reads and assesses the files on as many threads as the machine has cores (the engine and the reader are
   * thread-safe): every file is queued at once and the threads work through them in order; the items come back in
   * file order. A single file is read and assessed on the calling thread.
   */
  private static final class InOrder implements AutoCloseable {
    private final Kijun kijun;
    private final ProfileReader reader;
    private final List<ProfileFiles.Input> files;
    private final LocalDate date;
    private final ExecutorService pool;
    private final List<Future<ReportItem>> futures;

    InOrder(Kijun kijun, ProfileReader reader, List<ProfileFiles.Input> files, LocalDate date) {
      this.kijun = kijun;
      this.reader = reader;
      this.files = files;
      this.date = date;
      int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
      this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "kijun-assess");
        t.setDaemon(true);
        return t;
      }) : null;
      this.futures = new ArrayList<>(files.size());
      if (pool != null) {
        for (ProfileFiles.Input file : files) {
          futures.add(pool.submit(() -> assess(kijun, reader, file.path(), date)));
        }
      }
    }

    ReportItem get(int i) {
      if (pool == null) {
        return assess(kijun, reader, files.get(i).path(), date);
      }
      try {
        // each item is handed out once; drop the future so that only the caller keeps the item
        ReportItem item = futures.get(i).get();
        futures.set(i, null);
        return item;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while assessing " + files.get(i).path(), e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Reads and assesses one file; whatever goes wrong with it becomes a failed item, never an end to the run. */
  private static ReportItem assess(Kijun kijun, ProfileReader reader, Path file, LocalDate date) {
    try {
      Document<ServiceProfile> doc = reader.readDocument(file);
      Assessment assessment = kijun.assess(doc.value(), date);
      return new ReportItem.Assessed(file.toString(), doc.sha256(), assessment);
    } catch (InvalidInputException e) {
      return new ReportItem.Failed(file.toString(), e.problems());
    } catch (KijunException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new ReportItem.Failed(file.toString(), List.of(new InputProblem("", 0, 0, "cannot assess: " + why)));
    }
  }

  private static String describe(ReportItem.Failed failed) {
    if (failed.problems().size() == 1) {
      return failed.source() + ":" + failed.problems().get(0).describe();
    }
    StringBuilder sb = new StringBuilder(failed.source()).append(": ").append(failed.problems().size())
        .append(" problems");
    for (InputProblem p : failed.problems()) {
      sb.append("\n  ").append(p.describe());
    }
    return sb.toString();
  }
}
