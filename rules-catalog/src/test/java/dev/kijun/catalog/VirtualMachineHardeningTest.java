package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-20 virtual machines are hardened, by the provider for SaaS")
class VirtualMachineHardeningTest {
  private static final String B2_20 = "B2-20";

  @Test
  void satisfied_for_saas_when_the_provider_hardens_every_measure() {
    Finding f = finding(B2_20, "satisfied-saas-hardened-by-provider");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(PartResult::id)
        .containsExactly("ports", "anti-malware", "logging", "responsibility");
    assertThat(reasonsEn(f)).contains("For SaaS the hardening must be done by the provider, and it is (PROVIDER)");
    assertThat(reasonsJa(f)).contains("SaaSでは対策を事業者側で行う必要があり、実施主体は PROVIDER（事業者側）です");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("ISMAP 管理基準 8.1.1");
  }

  @Test
  void satisfied_for_iaas_stating_that_the_customer_hardens() {
    Finding f = finding(B2_20, "satisfied-iaas-hardened-by-customer");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("responsibility").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("For IAAS the hardening may be done by either party; it is done by CUSTOMER");
  }

  @Test
  void not_satisfied_for_saas_when_the_customer_shares_the_hardening() {
    Finding f = finding(B2_20, "not-satisfied-saas-hardening-shared-with-customer");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("responsibility").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("ports").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("For SaaS the hardening must be done by PROVIDER, but it is done by SHARED");
    assertThat(reasonsJa(f)).contains("実施主体は SHARED です");
  }

  @Test
  void not_satisfied_when_there_is_no_anti_malware() {
    Finding f = finding(B2_20, "not-satisfied-paas-without-anti-malware");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("anti-malware").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("logging").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("responsibility").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("No anti-malware measures are in place on the virtual machines (anti-malware: no)");
  }

  @Test
  void undetermined_responsibility_when_the_service_model_is_unknown() {
    Finding f = finding(B2_20, "undetermined-service-model-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("responsibility").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("ports").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.missingFacts()).containsExactly("/serviceModel");
    assertThat(reasonsEn(f)).contains("The service model (IaaS, PaaS or SaaS) is not declared");
  }

  @Test
  void undetermined_for_saas_when_who_hardens_is_not_declared() {
    Finding f = finding(B2_20, "undetermined-saas-party-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("responsibility").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/hardening/responsibleParty");
  }

  @Test
  void undetermined_in_every_part_when_nothing_is_declared() {
    Finding f = finding(B2_20, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/serviceModel", "/hardening/minimalPortsProtocolsServices",
        "/hardening/antiMalware", "/hardening/logging");
  }
}
