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

  @Test
  void unknown_regions_algorithms_and_cipher_suites_are_listed_with_close_known_names(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("names.yaml");
    java.nio.file.Files.writeString(file, """
        id: x
        regionUse:
          regions: [aws:ap-northeast-9]
        encryption:
          atRest:
            - {store: db, encrypted: true, algorithm: AEZ-256-GCM}
          inTransit:
            - {channel: web, encrypted: true, tlsVersions: [TLSv1.3], cipherSuites: [TLS_AES_128_GCN_SHA256]}
        """);
    Cli.Run run = Cli.run("validate", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    String all = run.out() + run.err();
    assertThat(all).contains("names.yaml:3:", "(/regionUse/regions/0) unknown region 'aws:ap-northeast-9'",
        "aws:ap-northeast-1", "(/encryption/atRest/0/algorithm) 'AEZ-256-GCM' is not an algorithm Kijun knows",
        "close known names: AES", "(/encryption/inTransit/0/cipherSuites/0) 'TLS_AES_128_GCN_SHA256'");
  }
}
