package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.criteria.CatalogException;
import dev.kijun.criteria.CustomCatalog;
import dev.kijun.rules.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a policy owner's own rules: compile errors, trust, and the reserved prefix. */
class CustomRulesTest {
  @TempDir
  Path temp;

  Path copyOfTestRules() throws IOException {
    Path dir = temp.resolve("rules");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(TestRules.directory())) {
      for (Path p : files.toList()) {
        Files.copy(p, dir.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }

  @Test
  void a_rule_file_that_does_not_compile_stops_the_build_with_its_file_and_line() throws IOException {
    Path dir = copyOfTestRules();
    Files.writeString(dir.resolve("T.drl"), Files.readString(dir.resolve("T.drl"))
        .replace("ChangeNotice( noticePeriod == null )", "ChangeNotice( noticePeriod === null )"));
    assertThatThrownBy(() -> Kijun.builder().catalog(CustomCatalog.load(dir)).build())
        .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).resource()).endsWith("T.drl");
          assertThat(e.problems().get(0).line()).isEqualTo(13);
        })
        .hasMessageContaining("T.drl:13");
  }

  @Test
  void a_rule_tagged_with_an_unknown_criterion_stops_the_build() {
    String drl = """
        package x;
        global dev.kijun.rules.Conclusions conclude;
        rule "X-01 anything" @criterion("X-01") when dev.kijun.model.ServiceProfile() then conclude.satisfied("k"); end
        """;
    assertThatThrownBy(() -> Kijun.builder().catalog(TestRules.catalog()).addRules(RuleSource.text("x.drl", drl)).build())
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("X-01 anything")
        .hasMessageContaining("which no catalog defines");
  }

  @Test
  void a_rule_without_a_criterion_tag_stops_the_build() {
    String drl = """
        package x;
        rule "untagged" when dev.kijun.model.ServiceProfile() then end
        """;
    assertThatThrownBy(() -> Kijun.builder().catalog(TestRules.catalog()).addRules(RuleSource.text("x.drl", drl)).build())
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("untagged: rule has no valid @criterion");
  }

  @Test
  void a_world_writable_rule_directory_is_refused() throws IOException {
    Path dir = copyOfTestRules();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThatThrownBy(() -> CustomCatalog.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("anyone may write to it");
  }

  @Test
  void a_world_writable_rule_file_is_refused() throws IOException {
    Path dir = copyOfTestRules();
    Files.setPosixFilePermissions(dir.resolve("T.drl"), PosixFilePermissions.fromString("rw-rw-rw-"));
    assertThatThrownBy(() -> CustomCatalog.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("T.drl: anyone may write to it");
  }

  @Test
  void a_rule_directory_outside_the_trusted_roots_is_refused() throws IOException {
    Path dir = copyOfTestRules();
    Path elsewhere = Files.createDirectories(temp.resolve("trusted"));
    assertThatThrownBy(() -> CustomCatalog.load(dir, List.of(elsewhere)))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("outside the trusted rule roots");
    assertThat(CustomCatalog.load(dir, List.of(temp)).criteria()).hasSize(3);
  }

  @Test
  void the_standard_prefix_is_reserved() throws IOException {
    Path dir = copyOfTestRules();
    Files.writeString(dir.resolve("criteria.yaml"), Files.readString(dir.resolve("criteria.yaml")).replace("T-03", "B2-99"));
    assertThatThrownBy(() -> CustomCatalog.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("B2-99 uses the prefix B2-");
  }

  @Test
  void missing_messages_are_an_error() throws IOException {
    Path dir = copyOfTestRules();
    Files.delete(dir.resolve("messages_en.properties"));
    assertThatThrownBy(() -> CustomCatalog.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("messages_en.properties is missing");
  }
}
