package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static dev.kijun.catalog.SelectionTestSupport.engineWith;
import static dev.kijun.catalog.SelectionTestSupport.findingOf;
import static dev.kijun.catalog.SelectionTestSupport.fixtureFinding;
import static dev.kijun.catalog.SelectionTestSupport.part;
import static dev.kijun.catalog.SelectionTestSupport.partEn;
import static dev.kijun.catalog.SelectionTestSupport.partKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.engine.Kijun;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("B2-10 incident handling can be put in the procurement specification")
class IncidentResponseTest {
  private static final String B2_10 = "B2-10";
  private static final List<String> PARTS =
      List.of("specification", "reachability", "①", "②", "③", "④", "⑤", "⑥");
  private static final List<String> CLAIMS = List.of("includableInProcurementSpec", "reachableOutsideBusinessHours",
      "reportOnDetection", "activeInvestigation", "immediateInvestigation", "logCollection", "containmentAndRecovery",
      "promptPatching");

  @Test
  void satisfied_with_a_24_7_desk_and_a_report_within_4_hours() {
    Finding f = finding(B2_10, "satisfied-24-7-desk-and-report-within-4-hours");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(PartResult::id).containsExactlyElementsOf(PARTS);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.SATISFIED);
    assertThat(partEn(f, "①")).contains(
        "① An incident is reported to the city within 4 hours of detection (at most 24 hours required).",
        "① The provider reports an incident to the city promptly on detecting it");
    assertThat(reasonsJa(f)).contains("① 検知から本市への報告までの期限は 4時間 です（求める期限: 24時間 以内）。");
    assertThat(partEn(f, "reachability")).contains("can be reached and responds outside business hours");
    assertThat(f.evidence()).hasSize(7);
  }

  @Test
  void not_satisfied_when_an_incident_is_reported_only_within_72_hours() {
    Finding f = finding(B2_10, "not-satisfied-report-deadline-72-hours");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "①").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.parts()).filteredOn(p -> !p.id().equals("①")).extracting(PartResult::verdict)
        .containsOnly(Verdict.SATISFIED);
    assertThat(partEn(f, "①")).contains(
        "① An incident is reported to the city within 72 hours of detection; the city requires at most 24 hours.");
    assertThat(reasonsJa(f)).contains("① 検知から本市への報告までの期限は 72時間 です。本市は 24時間 以内の報告を求めます。");
  }

  @Test
  void not_satisfied_when_the_provider_cannot_be_reached_outside_business_hours() {
    Finding f = finding(B2_10, "not-satisfied-no-contact-outside-business-hours");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "reachability").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "①").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "reachability")).contains(
        "cannot be reached, or does not respond, outside business hours when an incident occurs "
            + "(reachable outside business hours: no)");
    assertThat(reasonsJa(f)).contains("営業時間外は事業者と連絡がつかないか対応できません");
  }

  @Test
  void undetermined_for_part_one_when_the_report_deadline_is_not_declared() {
    Finding f = finding(B2_10, "undetermined-report-deadline-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/incidentResponse/reportDeadline");
    assertThat(part(f, "①").verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(partEn(f, "①")).contains("deadline for reporting an incident to the city after detection is not declared",
        "at most 24 hours");
    assertThat(f.parts()).filteredOn(p -> !p.id().equals("①")).extracting(PartResult::verdict)
        .containsOnly(Verdict.SATISFIED);
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = finding(B2_10, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    List<String> expected = new ArrayList<>(CLAIMS.stream().map(c -> "/incidentResponse/" + c).toList());
    expected.add("/incidentResponse/reportDeadline");
    assertThat(f.missingFacts()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(f.reasons()).extracting(Reason::key).doesNotContain("kijun.part-not-concluded");
  }

  @ParameterizedTest(name = "{0} = {1}: part {2} is {3}")
  @CsvSource({
      "includableInProcurementSpec,   false,  specification, NOT_SATISFIED, B2-10.specification-refused",
      "includableInProcurementSpec,   absent, specification, UNDETERMINED,  B2-10.specification-unknown",
      "reachableOutsideBusinessHours, false,  reachability,  NOT_SATISFIED, B2-10.reachability-refused",
      "reachableOutsideBusinessHours, absent, reachability,  UNDETERMINED,  B2-10.reachability-unknown",
      "reportOnDetection,             false,  ①,             NOT_SATISFIED, B2-10.report-on-detection-refused",
      "reportOnDetection,             absent, ①,             UNDETERMINED,  B2-10.report-on-detection-unknown",
      "activeInvestigation,           false,  ②,             NOT_SATISFIED, B2-10.active-investigation-refused",
      "activeInvestigation,           absent, ②,             UNDETERMINED,  B2-10.active-investigation-unknown",
      "immediateInvestigation,        false,  ③,             NOT_SATISFIED, B2-10.immediate-investigation-refused",
      "immediateInvestigation,        absent, ③,             UNDETERMINED,  B2-10.immediate-investigation-unknown",
      "logCollection,                 false,  ④,             NOT_SATISFIED, B2-10.log-collection-refused",
      "logCollection,                 absent, ④,             UNDETERMINED,  B2-10.log-collection-unknown",
      "containmentAndRecovery,        false,  ⑤,             NOT_SATISFIED, B2-10.containment-and-recovery-refused",
      "containmentAndRecovery,        absent, ⑤,             UNDETERMINED,  B2-10.containment-and-recovery-unknown",
      "promptPatching,                false,  ⑥,             NOT_SATISFIED, B2-10.prompt-patching-refused",
      "promptPatching,                absent, ⑥,             UNDETERMINED,  B2-10.prompt-patching-unknown"
  })
  void each_commitment_decides_its_own_part(String claim, String value, String partId, Verdict expected,
      String key) {
    StringBuilder yaml = new StringBuilder("id: b2-10-one-part\nincidentResponse:\n  reportDeadline: PT4H\n");
    for (String other : CLAIMS) {
      if (!other.equals(claim)) {
        yaml.append("  ").append(other).append(": true\n");
      } else if (!value.equals("absent")) {
        yaml.append("  ").append(other).append(": ").append(value).append('\n');
      }
    }
    Finding f = findingOf(B2_10, yaml.toString());
    assertThat(f.verdict()).isEqualTo(expected);
    assertThat(part(f, partId).verdict()).isEqualTo(expected);
    assertThat(partKeys(f, partId)).contains(key);
    assertThat(f.parts()).filteredOn(p -> !p.id().equals(partId)).extracting(PartResult::verdict)
        .containsOnly(Verdict.SATISFIED);
    if (expected == Verdict.UNDETERMINED) {
      assertThat(f.missingFacts()).containsExactly("/incidentResponse/" + claim);
    }
  }

  @ParameterizedTest(name = "a report deadline of {0} is {1}")
  @CsvSource({
      "PT1H,     SATISFIED",
      "PT24H,    SATISFIED",
      "PT24H1M,  NOT_SATISFIED",
      "P2D,      NOT_SATISFIED"
  })
  void a_report_deadline_counts_only_up_to_24_hours(String deadline, Verdict expected) {
    Finding f = findingOf(B2_10, """
        id: b2-10-deadline
        incidentResponse: {reportDeadline: %s, reportOnDetection: true}
        """.formatted(deadline));
    assertThat(part(f, "①").verdict()).isEqualTo(expected);
    assertThat(partKeys(f, "①")).contains(expected == Verdict.SATISFIED
        ? "B2-10.report-deadline-within" : "B2-10.report-deadline-too-long");
  }

  @Test
  void a_municipality_may_require_a_shorter_report_deadline() {
    Kijun fourHours = engineWith("maximumIncidentReportDelay: PT4H\n");
    assertThat(fixtureFinding(fourHours, B2_10, "satisfied-24-7-desk-and-report-within-4-hours").verdict())
        .isEqualTo(Verdict.SATISFIED);
    Finding f = findingOf(fourHours, B2_10, """
        id: b2-10-twelve-hours
        incidentResponse: {reportDeadline: PT12H, reportOnDetection: true}
        """);
    assertThat(part(f, "①").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(partEn(f, "①")).contains("within 12 hours of detection; the city requires at most 4 hours.");
  }
}
