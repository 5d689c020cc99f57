package dev.kijun.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kijun.model.ServiceProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderLimitsTest {
  static final String ALIASES = """
      id: aliases
      jurisdiction:
        operatesWithinJapaneseLaw: {value: true, evidence: &clause [{kind: CONTRACT_CLAUSE, reference: 第30条}]}
        governingLaw: {country: JP, evidence: *clause}
        courts: [{name: 東京地方裁判所, country: JP, evidence: *clause}]
      changeControl:
        qualityAssuranceProcess: {value: true, evidence: *clause}
      """;

  static Path validProfile() throws Exception {
    return Path.of(ReaderLimitsTest.class.getResource("valid-profile.yaml").toURI());
  }

  @Test
  void the_defaults_are_five_mebibytes_depth_64_and_50_aliases() {
    assertThat(ReaderLimits.defaults()).isEqualTo(new ReaderLimits(5L * 1024 * 1024, 64, 50));
    assertThat(ProfileReader.create().limits()).isEqualTo(ReaderLimits.defaults());
  }

  @Test
  void each_wither_changes_one_limit() {
    ReaderLimits limits = ReaderLimits.defaults().withMaxBytes(10).withMaxDepth(3).withMaxAliases(0);
    assertThat(limits).isEqualTo(new ReaderLimits(10, 3, 0));
  }

  @Test
  void a_smaller_size_limit_trips_earlier() throws Exception {
    Path file = validProfile();
    assertThatCode(() -> ProfileReader.create().read(file)).doesNotThrowAnyException();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProfileReader.create(ReaderLimits.defaults().withMaxBytes(1024)).read(file));
    assertThat(e.getMessage()).contains("the file has " + Files.size(file) + " bytes, more than the limit of 1024"
        + " (ReaderLimits.maxBytes)");
  }

  @Test
  void a_smaller_depth_limit_trips_earlier() throws Exception {
    Path file = validProfile();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProfileReader.create(ReaderLimits.defaults().withMaxDepth(3)).read(file));
    assertThat(e.problems().get(0).message()).contains("nested deeper than the limit of 3 levels");
    assertThat(e.problems().get(0).line()).isPositive();
    // The profile nests six levels: jurisdiction, courts, a court, its evidence, one piece of evidence.
    assertThatCode(() -> ProfileReader.create(ReaderLimits.defaults().withMaxDepth(6)).read(file))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ProfileReader.create(ReaderLimits.defaults().withMaxDepth(5)).read(file))
        .hasMessageContaining("nested deeper than the limit of 5 levels");
  }

  @Test
  void a_smaller_alias_limit_trips_earlier() {
    assertThatCode(() -> ProfileReader.create(ReaderLimits.defaults().withMaxAliases(3)).read("a.yaml", ALIASES))
        .doesNotThrowAnyException();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProfileReader.create(ReaderLimits.defaults().withMaxAliases(2)).read("a.yaml", ALIASES));
    assertThat(e.problems().get(0)).isEqualTo(new InputProblem("/changeControl/qualityAssuranceProcess/evidence",
        7, 52, TreeBuilder.aliasMessage(2)));
  }

  @Test
  void zero_aliases_forbids_them() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ProfileReader.create(ReaderLimits.defaults().withMaxAliases(0)).read("a.yaml", ALIASES));
    assertThat(e.getMessage()).contains("more than 0 YAML aliases");
  }

  @Test
  void an_alias_is_expanded_to_its_anchor_s_value_never_read_as_its_name() {
    ServiceProfile profile = ProfileReader.create().read("a.yaml", ALIASES);
    assertThat(profile.jurisdiction().governingLaw().evidence())
        .isEqualTo(profile.jurisdiction().operatesWithinJapaneseLaw().evidence())
        .hasSize(1);
    ServiceProfile value = ProfileReader.create().read("v.yaml", "id: &id same\nname: *id\n");
    assertThat(value.name()).isEqualTo("same");
  }

  @Test
  void aliases_inside_an_aliased_value_count_each_time_it_is_used() {
    String nested = """
        id: nested
        certifications: &a [{scheme: ISMAP}]
        jurisdiction:
          courts: &b [*a, *a]
          governingLaw: {evidence: [*b, *b]}
        """;
    // *a twice (2), then *b twice, each worth itself and the two inside it (2 x 3): 8 in all.
    assertThat(aliasProblems(7, nested)).containsExactly(TreeBuilder.aliasMessage(7));
    assertThat(aliasProblems(8, nested)).isEmpty();
  }

  private static List<String> aliasProblems(int maxAliases, String content) {
    return ProfileReader.create(ReaderLimits.defaults().withMaxAliases(maxAliases))
        .check("n.yaml", content.getBytes(StandardCharsets.UTF_8), ReferenceCheck.none()).stream()
        .map(InputProblem::message).filter(m -> m.contains("aliases")).toList();
  }

  @Test
  void limits_outside_their_range_are_refused_with_the_range() {
    assertThatThrownBy(() -> new ReaderLimits(0, 64, 50)).hasMessageContaining("maxBytes must be between 1");
    assertThatThrownBy(() -> new ReaderLimits(1024, 0, 50)).hasMessageContaining("maxDepth must be between 1");
    assertThatThrownBy(() -> new ReaderLimits(1024, ReaderLimits.MAX_DEPTH_CAP + 1, 50))
        .hasMessageContaining("maxDepth must be between 1 and 1000");
    assertThatThrownBy(() -> new ReaderLimits(1024, 64, -1)).hasMessageContaining("maxAliases must not be negative");
  }

  @Test
  void a_larger_depth_limit_reads_deeper_documents() throws IOException {
    String deep = "{\"id\": \"deep\", \"custom\": " + "[".repeat(70) + "]".repeat(70) + "}";
    List<InputProblem> strict = DocumentReader.of(ServiceProfile.class)
        .check("d.json", deep.getBytes(StandardCharsets.UTF_8));
    assertThat(strict).extracting(InputProblem::message).anySatisfy(m -> assertThat(m).contains("limit of 64"));
    List<InputProblem> relaxed = DocumentReader.of(ServiceProfile.class, ReaderLimits.defaults().withMaxDepth(100))
        .check("d.json", deep.getBytes(StandardCharsets.UTF_8));
    assertThat(relaxed).extracting(InputProblem::message).noneMatch(m -> m.contains("nested deeper"))
        .anySatisfy(m -> assertThat(m).contains("unknown field 'custom'"));
  }
}
