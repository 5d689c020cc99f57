package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.Version;
import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.Language;
import dev.kijun.engine.Kijun;
import dev.kijun.io.Document;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Assessment;
import dev.kijun.report.Report;
import dev.kijun.report.ReportFormat;
import dev.kijun.report.ReportItem;
import dev.kijun.report.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports of the example profiles against golden files. Only B2-02 and B2-03 are kept, the criteria whose rules
 * exist today, so the goldens do not move as the other rules land; the catalog version, data revisions and the
 * file's SHA-256 are set to placeholders before writing, and the engine version is replaced after. Rewrite the goldens after a deliberate change with
 * {@code mvn -pl rules-cli -am verify -Dkijun.updateGoldens=true} and review the diff.
 */
class ExampleReportsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/kijun/cli/golden");
  private static final Set<String> KEPT = Set.of("B2-02", "B2-03");
  private static final Kijun KIJUN = Kijun.builder().catalog(StandardCatalog.load()).build();

  static Stream<Arguments> cases() throws IOException {
    try (Stream<Path> files = Files.list(Cli.EXAMPLES)) {
      List<Path> examples = files.sorted().toList();
      return examples.stream().flatMap(file -> Stream.of(ReportFormat.values()).map(f -> Arguments.of(file, f)));
    }
  }

  @ParameterizedTest(name = "{1} of {0}")
  @MethodSource("cases")
  void the_report_of_each_example_matches_its_golden_file(Path file, ReportFormat format) throws IOException {
    Document<ServiceProfile> doc = ProfileReader.create().readDocument(file);
    Assessment full = KIJUN.assess(doc.value(), LocalDate.of(2026, 11, 27));
    Map<String, String> revisions = new TreeMap<>();
    full.revisions().keySet().forEach(k -> revisions.put(k, "@REVISION:" + k + "@"));
    Assessment kept = new Assessment(full.profileId(), "@CATALOG@", full.evaluationDate(),
        full.findings().stream().filter(f -> KEPT.contains(f.criterion().value())).toList(), full.notes(), revisions);
    String source = "rules-examples/profiles/" + file.getFileName();
    Report report = new Report(List.of(new ReportItem.Assessed(source, "@SHA256@", kept)), KIJUN.criteria(),
        Language.JA, false);
    StringBuilder out = new StringBuilder();

    ReportWriter.of(format).write(report, out);

    String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "") + "." + format.extension();
    assertMatchesGolden(name, normalise(out.toString()));
  }

  private static String normalise(String text) {
    return text.replace(Version.get(), "@VERSION@");
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("kijun.updateGoldens")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden %s (create it with -Dkijun.updateGoldens=true)", file).exists();
    assertThat(actual).as("report against %s (rewrite with -Dkijun.updateGoldens=true)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
