package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-02 data centres storing non-public data are in Japan")
class DataCentresInJapanTest {
  private static final String B2_02 = "B2-02";

  @Test
  void satisfied_when_every_copy_is_in_japan_and_every_kind_is_accounted_for() {
    Finding f = finding(B2_02, "satisfied-every-copy-in-tokyo-or-osaka");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("aws:ap-northeast-3 is in JP", "not used: DISASTER_RECOVERY, REPLICA");
    assertThat(f.part("locations").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("coverage").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void not_satisfied_when_a_backup_is_in_a_us_region() {
    Finding f = finding(B2_02, "not-satisfied-backup-in-us-east-1");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("BACKUP copy at aws:us-east-1 is in US");
    assertThat(reasonsJa(f)).contains("BACKUP の保存先 aws:us-east-1 は US にあります");
    assertThat(f.part("coverage").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void not_satisfied_when_the_disaster_recovery_site_is_abroad() {
    Finding f = finding(B2_02, "not-satisfied-disaster-recovery-site-in-singapore");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("DISASTER_RECOVERY copy at Equinix SG1 is in SG");
  }

  @Test
  void not_satisfied_when_the_only_copy_is_in_a_sandbox_zone() {
    Finding f = finding(B2_02, "not-satisfied-sandbox-zone");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("sakura:tk1v is in a sandbox zone");
  }

  @Test
  void undetermined_when_a_region_is_not_in_the_region_data() {
    Finding f = finding(B2_02, "undetermined-unknown-region");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(reasonsEn(f)).contains("aws:ap-northeast-9");
    assertThat(f.missingFacts()).containsExactly("/dataResidency/locations/1/region");
  }

  @Test
  void undetermined_when_the_backup_location_is_not_declared() {
    Finding f = finding(B2_02, "undetermined-backup-location-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(reasonsEn(f)).contains("No BACKUP location is declared");
    assertThat(f.part("locations").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("coverage").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = finding(B2_02, "undetermined-no-data-residency");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).contains("/dataResidency/locations");
  }

  @Test
  void a_copy_holding_only_public_data_may_be_abroad() {
    Finding f = finding(B2_02, "satisfied-public-copy-abroad-is-out-of-scope");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("holds public data only");
  }
}
