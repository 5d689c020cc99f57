package dev.kijun.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kijun.model.RegionRef;
import dev.kijun.model.ServiceProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProfileReader#check} lists every problem of a file at once, each with its place and fix. */
class ProfileCheckTest {
  static final String MANY_PROBLEMS = """
      id: many-problems
      platform: aws
      serviceModel: SAASS
      vendr: Example
      changeNotice:
        noticePeriod: P-6M
        channels: [EMAIL, FAX]
      regionUse:
        regions: [aws:ap-northeast-1, aws:ap-northeast-9]
      credentials:
        minimumPasswordLength: １２
      useUntil: 2026-02-30
      name: One
      name: Two
      """;

  private final ProfileReader reader = ProfileReader.create();

  @Test
  void validation_lists_every_problem_of_a_file_at_once_with_places(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("many.yaml"), MANY_PROBLEMS);
    List<InputProblem> problems = reader.check(file, BadInputCorpusTest.KNOWN);
    assertThat(problems).extracting(InputProblem::line, InputProblem::column, InputProblem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, 15, "/serviceModel"),
            org.assertj.core.groups.Tuple.tuple(4, 1, "/vendr"),
            org.assertj.core.groups.Tuple.tuple(6, 17, "/changeNotice/noticePeriod"),
            org.assertj.core.groups.Tuple.tuple(7, 21, "/changeNotice/channels/1"),
            org.assertj.core.groups.Tuple.tuple(9, 33, "/regionUse/regions/1"),
            org.assertj.core.groups.Tuple.tuple(11, 26, "/credentials/minimumPasswordLength"),
            org.assertj.core.groups.Tuple.tuple(12, 11, "/useUntil"),
            org.assertj.core.groups.Tuple.tuple(14, 1, "/name"));
    assertThat(problems).extracting(InputProblem::message).satisfiesExactly(
        m -> assertThat(m).contains("'SAASS' is not allowed here; did you mean 'SAAS'?"),
        m -> assertThat(m).contains("unknown field 'vendr'; did you mean 'vendor'?"),
        m -> assertThat(m).contains("noticePeriod P-6M is negative"),
        m -> assertThat(m).contains("'FAX' is not allowed here"),
        m -> assertThat(m).contains("unknown region 'aws:ap-northeast-9'"),
        m -> assertThat(m).contains("１ U+FF11"),
        m -> assertThat(m).contains("Invalid date 'FEBRUARY 30'"),
        m -> assertThat(m).contains("duplicate key 'name': it is also at line 13, column 1"));
  }

  @Test
  void validate_throws_every_problem_in_one_typed_exception(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("many.yaml"), MANY_PROBLEMS);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.validate(file, BadInputCorpusTest.KNOWN));
    assertThat(e.problems()).hasSize(8);
    assertThat(e.getMessage().lines()).first().isEqualTo(file + ": 8 problems");
    assertThat(e.getMessage().lines().skip(1)).hasSize(8).allSatisfy(l -> assertThat(l).startsWith("  " + file + ":"));
  }

  @Test
  void reading_stops_at_the_first_problem_in_the_text() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read("many.yaml", MANY_PROBLEMS));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).startsWith("many.yaml:");
  }

  @Test
  void a_valid_profile_has_no_problems_and_validate_returns_it_with_its_hash() throws Exception {
    Path file = ReaderLimitsTest.validProfile();
    ReferenceCheck known = ReferenceCheck.regions(List.of(RegionRef.parse("aws:ap-northeast-1"),
        RegionRef.parse("aws:ap-northeast-3")));
    assertThat(reader.check(file, known)).isEmpty();
    Document<ServiceProfile> document = reader.validate(file, known);
    assertThat(document.value().id()).isEqualTo("example-saas-compliant");
    assertThat(document.sha256()).hasSize(64).isEqualTo(reader.readDocument(file).sha256());
  }

  @Test
  void references_are_checked_even_when_other_parts_are_wrong() {
    String content = "id: refs\nplatform: aws\nserviceModel: NONE\nregionUse: {regions: [aws:us-east-1]}\n";
    List<InputProblem> problems = reader.check("r.yaml", content.getBytes(StandardCharsets.UTF_8),
        BadInputCorpusTest.KNOWN);
    assertThat(problems).extracting(InputProblem::pointer).containsExactly("/serviceModel", "/regionUse/regions/0");
  }

  @Test
  void an_unknown_platform_is_reported_once_not_again_for_each_region_that_relies_on_it() {
    String content = """
        id: platform
        platform: amazon
        dataResidency:
          locations:
            - {kind: PRIMARY, region: ap-northeast-1}
            - {kind: BACKUP, region: ap-northeast-3}
            - {kind: LOGS, provider: azure, region: japanwest}
        """;
    List<InputProblem> problems = reader.check("p.yaml", content.getBytes(StandardCharsets.UTF_8),
        BadInputCorpusTest.KNOWN);
    assertThat(problems).extracting(InputProblem::pointer)
        .containsExactly("/platform", "/dataResidency/locations/2/region");
    assertThat(problems.get(1).message()).contains("unknown region 'azure:japanwest'");
  }

  @Test
  void a_reference_check_answers_only_what_it_knows_and_checks_combine() {
    ReferenceCheck suites = new ReferenceCheck() {
      @Override
      public Optional<String> cipherSuite(String cipherSuite) {
        return cipherSuite.startsWith("TLS_") ? Optional.empty() : Optional.of("not an IANA cipher suite name");
      }
    };
    String content = """
        id: suites
        encryption:
          atRest: [{store: db, algorithm: AES-256-GCM}]
          inTransit: [{channel: web, cipherSuites: [TLS_AES_128_GCM_SHA256, ECDHE-RSA-AES128-GCM-SHA256]}]
        keyManagement: {keyGenerationAlgorithm: RSA-1024}
        """;
    List<InputProblem> problems = reader.check("s.yaml", content.getBytes(StandardCharsets.UTF_8),
        BadInputCorpusTest.KNOWN.and(suites));
    assertThat(problems).extracting(InputProblem::pointer, InputProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/encryption/inTransit/0/cipherSuites/1", "not an IANA cipher suite name"),
        org.assertj.core.groups.Tuple.tuple("/keyManagement/keyGenerationAlgorithm",
            "unknown algorithm 'RSA-1024'. Write the algorithm, key length and mode as published, e.g. AES-256-GCM"));
    assertThat(reader.check("s.yaml", content.getBytes(StandardCharsets.UTF_8), ReferenceCheck.none())).isEmpty();
  }

  @Test
  void the_check_lists_at_most_a_hundred_problems_and_says_that_more_may_follow() {
    StringBuilder content = new StringBuilder("id: many\n");
    for (int i = 0; i < 150; i++) {
      content.append("unknown").append(i).append(": x\n");
    }
    List<InputProblem> problems = reader.check("m.yaml", content.toString().getBytes(StandardCharsets.UTF_8),
        ReferenceCheck.none());
    assertThat(problems).hasSize(101);
    assertThat(problems.get(99).line()).isEqualTo(101);
    assertThat(problems.get(100).message()).contains("more problems may follow: the check stops after 100");
  }

  @Test
  void the_check_of_a_missing_file_or_a_directory_says_so(@TempDir Path dir) {
    assertThat(reader.check(dir.resolve("absent.yaml"))).extracting(InputProblem::message)
        .containsExactly("file not found; check the path");
    assertThat(reader.check(dir)).extracting(InputProblem::message)
        .containsExactly("this is a directory, not a file; name a .yaml, .yml or .json file");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir.resolve("absent.yaml")));
    assertThat(e.getMessage()).isEqualTo(dir.resolve("absent.yaml") + ": file not found; check the path");
  }
}
