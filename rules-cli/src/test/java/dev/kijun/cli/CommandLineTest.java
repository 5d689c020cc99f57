package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.Version;
import dev.kijun.io.ProfileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @ParameterizedTest(name = "kijun {0} --help")
  @ValueSource(strings = {"assess", "validate", "catalog", "explain", "schema", "template"})
  void every_command_has_help(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: kijun " + command);
  }

  @Test
  void version_names_the_build() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).isEqualTo("kijun " + Version.get());
  }

  @Test
  void no_command_is_a_usage_error() {
    Cli.Run run = Cli.run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("name a command");
  }

  @Test
  void the_template_names_every_criterion_and_declares_nothing() {
    Cli.Run run = Cli.run("template", "--lang", "en");

    assertThat(run.exit()).isZero();
    for (int n : new int[] {1, 2, 3, 5, 7, 9, 10, 13, 14, 16, 19, 20, 22, 25, 33, 34, 38, 39, 43, 44, 46, 47}) {
      assertThat(run.out()).contains(String.format("# ── B2-%02d (required)", n));
    }
    var profile = ProfileReader.create().read("t.yaml", run.out().replaceFirst("(?m)^id: null", "id: blank"));
    var assessment = dev.kijun.engine.Kijun.builder().catalog(dev.kijun.catalog.StandardCatalog.load()).build()
        .assess(profile, java.time.LocalDate.of(2026, 11, 27));
    assertThat(assessment.findings()).allSatisfy(f -> assertThat(f.verdict())
        .isIn(dev.kijun.report.Verdict.UNDETERMINED, dev.kijun.report.Verdict.NOT_APPLICABLE));
  }

  @Test
  void the_schema_command_prints_json_schema_2020_12() {
    Cli.Run run = Cli.run("schema");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
