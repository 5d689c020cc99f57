package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thousand profiles in one directory, one corrupt file among them: one command, one engine, one summary. */
class ThousandProfilesTest {
  private static final int PROFILES = 1000;

  @Test
  void a_thousand_profiles_and_one_corrupt_file_are_assessed_in_one_command(@TempDir Path dir) throws IOException {
    for (int i = 0; i < PROFILES; i++) {
      boolean abroad = i % 4 == 0;
      String region = abroad ? "us-east-1" : "ap-northeast-1";
      Files.writeString(dir.resolve(String.format("vendor-%04d.yaml", i)), """
          id: vendor-%04d
          serviceModel: SAAS
          platform: aws
          dataResidency:
            locations:
              - {kind: PRIMARY, region: %s}
            kindsNotUsed: [BACKUP, DISASTER_RECOVERY, LOGS, REPLICA]
          regionUse:
            regions: [aws:%s]
          """.formatted(i, region, region), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("vendor-0500-corrupt.yaml"), "id: broken\n  serviceModel: [SAAS\n",
        StandardCharsets.UTF_8);

    long start = System.nanoTime();
    Cli.Run run = Cli.run("assess", dir.toString(), "--format", "json", "--as-of", "2026-11-27");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("assessed %d profiles and 1 corrupt file in %d ms%n", PROFILES, millis);

    assertThat(run.exit()).isEqualTo(2);
    JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");
    assertThat(summary.get("total").asInt()).isEqualTo(PROFILES + 1);
    assertThat(summary.get("NON_COMPLIANT").asInt()).isEqualTo(PROFILES / 4);
    assertThat(summary.get("INCOMPLETE").asInt()).isEqualTo(PROFILES - PROFILES / 4);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(run.out()).get("errors").get(0).get("source").asText())
        .endsWith("vendor-0500-corrupt.yaml");
    assertThat(run.err()).contains("kijun: " + dir.resolve("vendor-0500-corrupt.yaml"))
        .contains("合計 1001: 適合 0, 不適合 250, 要確認 750, 読み込めない 1");
  }
}
