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

@DisplayName("B2-25 time is synchronised and logs use one time zone")
class TimeSyncAndLogTimeZoneTest {
  private static final String B2_25 = "B2-25";

  @Test
  void satisfied_naming_the_time_source_and_the_zone() {
    Finding f = finding(B2_25, "satisfied-amazon-time-sync-asia-tokyo");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("time-sync").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("time-zone").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("with Amazon Time Sync Service as the time source",
        "Every log uses the one time zone Asia/Tokyo");
    assertThat(reasonsJa(f)).contains("時刻源は Amazon Time Sync Service です", "タイムゾーン Asia/Tokyo に統一されています");
    assertThat(f.evidence()).extracting(Evidence::reference)
        .containsExactly("Amazon EC2 User Guide: Set the time reference");
  }

  @Test
  void satisfied_without_a_named_source_saying_none_is_named() {
    Finding f = finding(B2_25, "satisfied-synchronised-without-named-source");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("no time source is named", "time zone UTC");
  }

  @Test
  void not_satisfied_when_the_log_time_zone_is_an_abbreviation_not_a_zone_id() {
    Finding f = finding(B2_25, "not-satisfied-jst-is-not-a-time-zone-id");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("time-zone").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("time-sync").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("\"JST\", is not a valid IANA time-zone id");
    assertThat(reasonsJa(f)).contains("「JST」は", "有効なIANAタイムゾーンIDではありません");
  }

  @Test
  void not_satisfied_when_logs_use_several_time_zones() {
    Finding f = finding(B2_25, "not-satisfied-logs-in-mixed-time-zones");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("time-zone").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("The logs do not all use one time zone (one time zone for logs: no)");
  }

  @Test
  void not_satisfied_when_time_is_not_synchronised() {
    Finding f = finding(B2_25, "not-satisfied-not-synchronised");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("time-sync").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("time-zone").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("Time is not reliably synchronised within the service (synchronised: no)");
  }

  @Test
  void undetermined_when_the_log_time_zone_is_not_declared() {
    Finding f = finding(B2_25, "undetermined-log-time-zone-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("time-zone").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/timeSync/logTimeZone");
  }

  @Test
  void undetermined_naming_every_fact_when_nothing_is_declared() {
    Finding f = finding(B2_25, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/timeSync/synchronised", "/timeSync/logTimeZone",
        "/timeSync/singleTimeZoneForLogs");
  }

  @Test
  void only_iana_zone_ids_are_valid() {
    assertThat(TimeZones.isIanaZoneId("Asia/Tokyo")).isTrue();
    assertThat(TimeZones.isIanaZoneId("UTC")).isTrue();
    assertThat(TimeZones.isIanaZoneId("JST")).isFalse();
    assertThat(TimeZones.isIanaZoneId("asia/tokyo")).isFalse();
    assertThat(TimeZones.isIanaZoneId("Asia/Tokio")).isFalse();
    assertThat(TimeZones.isIanaZoneId("+09:00")).isFalse();
    assertThat(TimeZones.isIanaZoneId(null)).isFalse();
  }
}
