package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-44 the equipment underlying the service is disposed of securely")
class SecureDeviceDisposalTest {
  private static final String B2_44 = "B2-44";

  @Test
  void satisfied_naming_the_standard_followed() {
    Finding f = finding(B2_44, "satisfied-nist-sp-800-88-rev-2");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("disposed of securely (yes), following NIST SP 800-88 Rev. 2");
    assertThat(reasonsJa(f)).contains("NIST SP 800-88 Rev. 2 に従い、セキュリティを確保して処分されます");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("ISMAP 管理基準 11.2.7");
  }

  @Test
  void satisfied_without_a_standard_saying_none_is_named() {
    Finding f = finding(B2_44, "satisfied-no-standard-named");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("no standard is named");
  }

  @Test
  void not_satisfied_when_equipment_is_not_disposed_of_securely() {
    Finding f = finding(B2_44, "not-satisfied-not-disposed-securely");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("is not disposed of securely (secure disposal: no)");
  }

  @Test
  void undetermined_when_nothing_is_declared() {
    Finding f = finding(B2_44, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/disposal/deviceDisposal/secureDisposal");
  }
}
