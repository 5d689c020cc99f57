package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-13 information security is ensured against the threats of subcontracting")
class SubcontractingSecurityTest {
  private static final String B2_13 = "B2-13";

  @Test
  void satisfied_when_security_requirements_flow_down_to_subcontractors() {
    Finding f = finding(B2_13, "satisfied-requirements-flow-down-to-subcontractors");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).isEqualTo("Part of the service is subcontracted, and information security is ensured "
        + "against the threats that arise from it (security ensured: yes).");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("再委託先管理規程 第5条");
  }

  @Test
  void not_satisfied_when_security_is_not_ensured_against_subcontracting() {
    Finding f = finding(B2_13, "not-satisfied-security-not-ensured");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("information security is not ensured against the threats that arise from it "
        + "(security ensured: no)");
    assertThat(reasonsJa(f)).contains("再委託により生ずる脅威に対して情報セキュリティが確保されていません（情報セキュリティの確保: いいえ）");
  }

  @Test
  void undetermined_when_subcontracting_is_used_but_its_security_is_not_declared() {
    Finding f = finding(B2_13, "undetermined-security-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/subcontracting/securityEnsured");
    assertThat(reasonsEn(f)).contains("it is not declared whether information security is ensured");
  }

  @Test
  void undetermined_and_not_satisfied_by_a_security_claim_while_subcontracting_is_undeclared() {
    Finding f = finding(B2_13, "undetermined-subcontracting-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/subcontracting/used");
    assertThat(reasonsEn(f)).isEqualTo("It is not declared whether any part of the service is subcontracted, "
        + "so it cannot be told whether this criterion applies.");
  }

  @Test
  void not_applicable_when_nothing_is_subcontracted() {
    Finding f = finding(B2_13, "not-applicable-nothing-subcontracted");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(f.missingFacts()).isEmpty();
    assertThat(f.reasons()).extracting(Reason::key).containsExactly("B2-13.not-subcontracted");
    assertThat(reasonsEn(f)).contains("No part of the service is subcontracted");
    assertThat(reasonsJa(f)).contains("サービスのどの部分も再委託していないため", "本基準は適用されません");
  }
}
