package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void every_example_profile_is_valid() {
    Cli.Run run = Cli.run("validate", Cli.EXAMPLES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("4 files: 4 valid, 0 invalid");
  }

  @Test
  void every_problem_is_listed_with_its_line_and_pointer(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vendor.yaml");
    Files.writeString(file, """
        id: vendor
        serviceModel: SAASS
        dataResidency:
          locatons: []
        changeNotice:
          noticePeriod: six months
        """, StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains(file + ":2:", "(/serviceModel)")
        .contains(file + ":4:", "(/dataResidency/locatons)")
        .contains(file + ":6:", "(/changeNotice/noticePeriod)");
  }

  @Test
  void a_spelling_kijun_reads_is_valid_with_a_note(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lower.yaml");
    Files.writeString(file, "id: lower\nserviceModel: saas\n", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("validate", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(file + ": ok", "(/serviceModel) note: Kijun reads this");
  }

  @Test
  void json_lists_each_file_with_its_problems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "id: bad\nunknownField: 1\n", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("validate", "--format", "json", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("\"valid\" : false", "\"pointer\" : \"/unknownField\"", "\"line\" : 2");
  }
}
