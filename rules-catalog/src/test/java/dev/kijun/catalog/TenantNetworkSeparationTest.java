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

@DisplayName("B2-39 networks are separated from other tenants, and SaaS tenants are isolated")
class TenantNetworkSeparationTest {
  private static final String B2_39 = "B2-39";

  @Test
  void satisfied_for_saas_with_separated_networks_and_tenant_isolation() {
    Finding f = finding(B2_39, "satisfied-saas-tenants-isolated");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("tenant-isolation").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("infrastructure-network").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("vm-network").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("controls reliably stop other users from reaching the city's data (yes)");
    assertThat(reasonsJa(f)).contains("他の利用者が市のデータにアクセスできないよう確実な制御が行われています");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("ISO/IEC 27017 CLD.9.5.1");
    assertThat(f.missingFacts()).isEmpty();
  }

  @Test
  void satisfied_for_iaas_by_both_network_separations_with_tenant_isolation_not_applicable() {
    Finding f = finding(B2_39, "satisfied-iaas-networks-separated");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("infrastructure-network").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("vm-network").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("tenant-isolation").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(reasonsEn(f)).contains("The service is IAAS, not SaaS");
  }

  @Test
  void not_satisfied_for_iaas_when_the_virtual_machines_network_is_shared() {
    Finding f = finding(B2_39, "not-satisfied-iaas-vm-network-shared");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("vm-network").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("infrastructure-network").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("The virtual machines' network is not separated from other users' networks"
        + " (separated: no)");
    assertThat(reasonsJa(f)).contains("仮想マシンのネットワークが他の利用者のネットワークと分離されていません（分離: いいえ）");
  }

  @Test
  void undetermined_for_saas_when_the_networks_underneath_are_not_declared() {
    Finding f = finding(B2_39, "undetermined-saas-networks-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("tenant-isolation").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.missingFacts()).containsExactly("/tenantIsolation/infrastructureNetworkSeparated",
        "/tenantIsolation/vmNetworkSeparated");
  }

  @Test
  void not_satisfied_for_saas_when_other_tenants_can_reach_the_data() {
    Finding f = finding(B2_39, "not-satisfied-saas-other-tenants-can-reach-data");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("tenant-isolation").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("controls do not reliably stop other users", "(tenant isolation: no)");
  }

  @Test
  void not_satisfied_for_saas_when_a_declared_network_is_shared() {
    Finding f = finding(B2_39, "not-satisfied-saas-infrastructure-declared-shared");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("infrastructure-network").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("vm-network").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("tenant-isolation").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void undetermined_naming_the_service_model_when_it_is_unknown() {
    Finding f = finding(B2_39, "undetermined-service-model-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("tenant-isolation").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("infrastructure-network").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.missingFacts()).containsExactly("/serviceModel");
  }

  @Test
  void undetermined_for_paas_when_the_infrastructure_separation_is_not_declared() {
    Finding f = finding(B2_39, "undetermined-paas-infrastructure-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("infrastructure-network").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/tenantIsolation/infrastructureNetworkSeparated");
    assertThat(reasonsEn(f)).contains("service model: PAAS");
  }
}
