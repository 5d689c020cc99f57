package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-03 regions are limited to Japan")
class RegionsInJapanTest {
  private static final String B2_03 = "B2-03";

  @Test
  void satisfied_when_japanese_regions_only_and_the_limit_is_enforced() {
    Finding f = finding(B2_03, "satisfied-tokyo-and-osaka-restricted-by-scp");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("aws:ap-northeast-1 in use is in JP", "AWS Organizations SCP");
    assertThat(f.evidence()).hasSize(1);
  }

  @Test
  void not_satisfied_when_a_region_is_in_the_us() {
    Finding f = finding(B2_03, "not-satisfied-region-in-us");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("aws:us-west-2 in use is in US");
    assertThat(reasonsJa(f)).contains("aws:us-west-2 は US にあります");
  }

  @Test
  void not_satisfied_when_use_is_not_technically_restricted() {
    Finding f = finding(B2_03, "not-satisfied-not-restricted");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("regions").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("restriction").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
  }

  @Test
  void not_satisfied_when_a_global_service_stores_the_citys_data() {
    Finding f = finding(B2_03, "not-satisfied-global-service-stores-data");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("Global CDN cache");
  }

  @Test
  void undetermined_when_a_region_is_unknown_naming_it() {
    Finding f = finding(B2_03, "undetermined-unknown-region");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(reasonsEn(f)).contains("aws:ap-northeast-9");
    assertThat(f.missingFacts()).containsExactly("/regionUse/regions/1");
  }

  @Test
  void undetermined_when_the_restriction_is_not_declared() {
    Finding f = finding(B2_03, "undetermined-restriction-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/regionUse/restrictedToJapan");
  }

  @Test
  void undetermined_when_nothing_is_declared() {
    Finding f = finding(B2_03, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).contains("/regionUse/regions", "/regionUse/restrictedToJapan",
        "/regionUse/globalServices");
  }
}
