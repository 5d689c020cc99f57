package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rules, --policy and --waivers: a city's own criteria, parameters and exceptions without writing Java. */
class ExtensionOptionsTest {
  static final String CUSTOM = "../rules-examples/custom-rules";
  static final String POLICY = "../rules-examples/policy/city-policy.yaml";
  static final String WAIVERS = "../rules-examples/policy/waivers.yaml";

  @Test
  void custom_rules_appear_in_the_assessment_and_in_the_catalog() {
    Cli.Run run = Cli.run("assess", "--rules", CUSTOM, "--as-of", "2026-11-27", "--format", "json",
        Cli.example("compliant-saas.yaml"));
    assertThat(run.out()).contains("\"criterion\" : \"ORG-01\"", "C21-0001-1");
    assertThat(Cli.run("catalog", "--rules", CUSTOM).out()).contains("ORG-01", "ISMAP");
    assertThat(Cli.run("explain", "--rules", CUSTOM, "ORG-01").out()).contains("ISMAPクラウドサービスリスト");
  }

  @Test
  void the_policy_tightens_the_notice_period_and_the_waiver_covers_it() {
    Cli.Run strict = Cli.run("assess", "--policy", POLICY, "--as-of", "2026-11-27", "--lang", "en",
        Cli.example("compliant-saas.yaml"));
    assertThat(strict.out()).containsPattern("B2-05 +NOT_SATISFIED")
        .contains("at least 12 months (P12M) is required");
    Cli.Run waived = Cli.run("assess", "--policy", POLICY, "--waivers", WAIVERS, "--as-of", "2026-11-27",
        "--lang", "en", Cli.example("compliant-saas.yaml"));
    assertThat(waived.out()).containsPattern("B2-05 +WAIVED").contains("情政第2027-014号");
    Cli.Run expired = Cli.run("assess", "--policy", POLICY, "--waivers", WAIVERS, "--as-of", "2027-04-01",
        "--lang", "en", Cli.example("compliant-saas.yaml"));
    assertThat(expired.out()).containsPattern("B2-05 +NOT_SATISFIED").contains("expired on 2027-03-31");
  }

  @Test
  void a_broken_rule_file_exits_2_naming_its_file_and_line(@TempDir Path temp) throws IOException {
    Path dir = temp.resolve("rules");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Path.of(CUSTOM))) {
      for (Path p : files.toList()) {
        Files.copy(p, dir.resolve(p.getFileName().toString()));
      }
    }
    Path drl = dir.resolve("ORG-01.drl");
    Files.writeString(drl, Files.readString(drl).replace("not Certification( scheme == CertificationScheme.ISMAP )",
        "not Certification( scheme === CertificationScheme.ISMAP )"));
    Cli.Run run = Cli.run("assess", "--rules", dir.toString(), Cli.example("compliant-saas.yaml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ORG-01.drl:").doesNotContain("\tat ");
  }

  @Test
  void a_bad_policy_exits_2_with_the_file_and_the_fix(@TempDir Path temp) throws IOException {
    Path policy = temp.resolve("policy.yaml");
    Files.writeString(policy, "parameters:\n  minimumNoticePeriod: six months\n");
    Cli.Run run = Cli.run("assess", "--policy", policy.toString(), Cli.example("compliant-saas.yaml"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("policy.yaml:2:", "ISO-8601 period such as P6M").doesNotContain("\tat ");
  }
}
