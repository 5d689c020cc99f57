package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static dev.kijun.catalog.SelectionTestSupport.findingOf;
import static dev.kijun.catalog.SelectionTestSupport.part;
import static dev.kijun.catalog.SelectionTestSupport.partEn;
import static dev.kijun.catalog.SelectionTestSupport.partKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-07 the city's information assets are used only to provide the service")
class DataUsedOnlyToProvideTheServiceTest {
  private static final String B2_07 = "B2-07";

  @Test
  void satisfied_when_use_is_limited_and_the_terms_allow_no_other_use() {
    Finding f = finding(B2_07, "satisfied-use-limited-and-no-secondary-use");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains(
        "The provider uses the city's information assets only as far as providing the service requires",
        "The terms allow no use of the city's data beyond providing the service.");
    assertThat(part(f, "limited-use").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "secondary-uses").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("データ処理補遺 第3条");
  }

  @Test
  void satisfied_when_the_only_secondary_use_is_excluded_by_contract() {
    Finding f = finding(B2_07, "satisfied-analytics-excluded-by-contract");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "secondary-uses"))
        .isEqualTo("The use of the city's data for ANALYTICS (described as: 利用状況の統計分析) is excluded by contract.");
    assertThat(f.evidence()).extracting(Evidence::reference).contains("データ処理補遺 第5条");
  }

  @Test
  void not_satisfied_when_training_ai_on_the_data_cannot_be_excluded() {
    Finding f = finding(B2_07, "not-satisfied-ai-training-cannot-be-excluded");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "secondary-uses").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "limited-use").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "secondary-uses")).contains(
        "use the city's data for AI_TRAINING (described as: model training on customer content)",
        "the contract cannot exclude it (excluded by contract: no)");
    assertThat(reasonsJa(f)).contains(
        "本市のデータを AI_TRAINING（説明: model training on customer content）の目的で利用でき、契約でこれを除外できません");
  }

  @Test
  void not_satisfied_when_use_is_not_limited_to_providing_the_service() {
    Finding f = finding(B2_07, "not-satisfied-use-not-limited-to-the-service");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "limited-use").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "secondary-uses").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "limited-use")).contains("is not limited to providing the service");
  }

  @Test
  void undetermined_when_it_is_unknown_whether_advertising_can_be_excluded() {
    Finding f = finding(B2_07, "undetermined-exclusion-of-advertising-unknown");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/dataUse/secondaryUses/1/excludedByContract");
    assertThat(part(f, "secondary-uses").verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(partEn(f, "secondary-uses")).contains(
        "for ADVERTISING (described as: interest-based advertising); whether the contract can exclude this use is not declared",
        "for ANALYTICS (described as: usage statistics) is excluded by contract");
  }

  @Test
  void undetermined_when_the_secondary_uses_are_not_declared() {
    Finding f = finding(B2_07, "undetermined-secondary-uses-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/dataUse/secondaryUses");
    assertThat(part(f, "limited-use").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partKeys(f, "secondary-uses")).isEqualTo("B2-07.secondary-uses-unknown");
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = findingOf(B2_07, "id: b2-07-nothing\n");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/dataUse/limitedToServiceProvision",
        "/dataUse/secondaryUses");
    assertThat(reasonsJa(f)).contains("事業者による本市の情報資産の利用がサービスの提供に必要な範囲に限られるかが申告されていません");
  }
}
