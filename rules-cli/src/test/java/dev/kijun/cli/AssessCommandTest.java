package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "--as-of=2026-11-27";

  @Test
  void exit_codes_say_non_compliant_and_incomplete() {
    assertThat(Cli.run("assess", Cli.example("noncompliant-foreign-law.yaml"), AS_OF).exit()).isEqualTo(1);
    assertThat(Cli.run("assess", Cli.example("incomplete-many-unknowns.yaml"), AS_OF).exit()).isEqualTo(3);
  }

  @Test
  void json_has_the_overall_result_and_one_finding_per_criterion() throws IOException {
    Cli.Run run = Cli.run("assess", Cli.example("noncompliant-foreign-law.yaml"), "--format", "json", AS_OF);

    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(doc.get("overall").asText()).isEqualTo("NON_COMPLIANT");
    assertThat(doc.get("findings")).hasSize(22);
    assertThat(doc.get("findings").get(1).get("criterion").asText()).isEqualTo("B2-02");
    assertThat(doc.get("findings").get(1).get("verdict").asText()).isEqualTo("NOT_SATISFIED");
    assertThat(doc.get("profile").get("sha256").asText()).hasSize(64);
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"text,ja", "text,en", "json,ja", "markdown,ja", "markdown,en", "html,ja", "html,en", "junit,ja"})
  void every_format_shows_every_criterion_of_every_example(String format, String lang) throws IOException {
    try (Stream<Path> files = Files.list(Cli.EXAMPLES)) {
      for (Path file : files.sorted().toList()) {
        Cli.Run run = Cli.run("assess", file.toString(), "--format", format, "--lang", lang, AS_OF);

        assertThat(run.exit()).as(file + " exit").isIn(0, 1, 3);
        for (int n : new int[] {1, 2, 3, 5, 7, 9, 10, 13, 14, 16, 19, 20, 22, 25, 33, 34, 38, 39, 43, 44, 46, 47}) {
          assertThat(run.out()).as(format + " of " + file).contains(String.format("B2-%02d", n));
        }
      }
    }
  }

  @Test
  void junit_xml_of_every_example_is_valid_for_ci_systems() throws Exception {
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(AssessCommandTest.class.getResource("/dev/kijun/report/junit-report.xsd"));

    Cli.Run run = Cli.run("assess", Cli.EXAMPLES.toString(), "--format", "junit", AS_OF);

    schema.newValidator().validate(new StreamSource(new StringReader(run.out())));
    assertThat(run.out().split("<testcase ", -1)).hasSize(4 * 22 + 1);
  }

  @Test
  void a_bad_file_is_reported_and_the_others_are_still_assessed(@TempDir Path dir) throws IOException {
    Files.copy(Cli.EXAMPLES.resolve("noncompliant-foreign-law.yaml"), dir.resolve("a.yaml"));
    Files.writeString(dir.resolve("b.yaml"), "id: [unclosed\n", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("assess", dir.toString(), AS_OF);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("kijun: " + dir.resolve("b.yaml"));
    assertThat(run.out()).contains("example-noncompliant", "総合判定: 不適合", "読み込めない 1");
  }

  @Test
  void output_to_a_directory_writes_one_report_per_profile_and_prints_the_summary(@TempDir Path dir) {
    Path out = dir.resolve("reports");

    Cli.Run run = Cli.run("assess", Cli.EXAMPLES.toString(), "--format", "html", "--output", out + "/", AS_OF);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(out.resolve("noncompliant-foreign-law.html")).exists().content(StandardCharsets.UTF_8)
        .startsWith("<!DOCTYPE html>").contains("example-noncompliant");
    assertThat(out.resolve("compliant-saas.html")).exists();
    assertThat(run.out()).contains("合計 4", "報告書の出力先");
  }

  @Test
  void output_to_a_file_writes_the_whole_report_there(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.md");

    Cli.Run run = Cli.run("assess", Cli.example("incomplete-many-unknowns.yaml"), "-f", "markdown", "-o",
        out.toString(), "--lang", "en", AS_OF);

    assertThat(run.exit()).isEqualTo(3);
    assertThat(Files.readString(out)).startsWith("# External service selection criteria: assessment report");
    assertThat(run.out()).contains("example-incomplete", "report written to");
  }

  @Test
  void junit_undetermined_can_be_a_failure() {
    Cli.Run run = Cli.run("assess", Cli.example("incomplete-many-unknowns.yaml"), "-f", "junit",
        "--junit-undetermined=failure", AS_OF);

    assertThat(run.out()).contains("type=\"UNDETERMINED\"").doesNotContain("<error ");
  }

  @Test
  void a_usage_error_is_one_paragraph_and_exit_code_2() {
    Cli.Run run = Cli.run("assess", Cli.example("compliant-saas.yaml"), "--format", "pdf");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'pdf' is not a report format", "kijun assess --help").doesNotContain("\tat ", "Exception")
        .hasLineCount(2);
  }

  @Test
  void a_bad_date_says_how_to_write_one() {
    Cli.Run run = Cli.run("assess", Cli.example("compliant-saas.yaml"), "--as-of", "2027/04/01");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'2027/04/01' is not a date; write YYYY-MM-DD").doesNotContain("Exception");
  }

  @Test
  void a_missing_file_is_invalid_input_without_a_stack_trace() {
    Cli.Run run = Cli.run("assess", "no/such/profile.yaml");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/profile.yaml", "file not found").doesNotContain("\tat ");
  }

  @Test
  void an_empty_directory_is_a_usage_error(@TempDir Path dir) {
    Cli.Run run = Cli.run("assess", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no profile files");
  }
}
