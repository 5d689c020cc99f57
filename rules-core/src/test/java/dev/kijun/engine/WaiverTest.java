package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.ServiceProfile;
import dev.kijun.model.Subcontracting;
import dev.kijun.policy.Waivers;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.Outcome;
import dev.kijun.report.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Waivers (例外措置): applied, expired, malformed, unneeded — never hiding a finding. */
class WaiverTest {
  static final ServiceProfile SUBCONTRACTED = ServiceProfile.builder("vendor-a")
      .subcontracting(new Subcontracting(true, null, null)).build();
  static final String WAIVER = """
      waivers:
        - criterion: T-02
          profiles: [vendor-a]
          reason: 再委託先は本市が別途監査する
          approver: 情報政策課長
          approvalNumber: 情政第123号
          validUntil: 2027-03-31
      """;

  static Assessment assess(String waivers, LocalDate day) {
    return Kijun.builder().catalog(TestRules.catalog()).waivers(Waivers.read("waivers.yaml", waivers)).build()
        .assess(SUBCONTRACTED, day);
  }

  @Test
  void a_valid_waiver_marks_the_finding_waived_and_keeps_its_original_verdict_and_reasons() {
    Assessment a = assess(WAIVER, LocalDate.of(2027, 3, 31));
    Finding f = a.finding("T-02").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.WAIVED);
    assertThat(f.originalVerdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.reasons()).extracting(r -> r.en()).containsExactly("Part of the service is subcontracted.");
    assertThat(f.waiver().approvalNumber()).isEqualTo("情政第123号");
    assertThat(a.notes()).extracting(r -> r.en()).anyMatch(t -> t.contains("Waiver 情政第123号 covers T-02"));
    assertThat(a.overall()).isNotEqualTo(Outcome.NON_COMPLIANT);
  }

  @Test
  void an_expired_waiver_is_not_applied_and_the_report_says_so() {
    Assessment a = assess(WAIVER, LocalDate.of(2027, 4, 1));
    assertThat(a.finding("T-02").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.notes()).extracting(r -> r.en())
        .containsExactly("Waiver 情政第123号 for T-02 expired on 2027-03-31 and is not applied (assessed as of 2027-04-01).");
    assertThat(a.overall()).isEqualTo(Outcome.NON_COMPLIANT);
  }

  @Test
  void a_malformed_waiver_is_not_applied_and_the_report_says_what_is_wrong() {
    Assessment a = assess("""
        waivers:
          - criterion: T-02
            profiles: [vendor-a]
            reason: 理由
            approvalNumber: 情政第9号
            validUntil: 2027-13-01
        """, LocalDate.of(2027, 1, 1));
    assertThat(a.finding("T-02").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.notes()).extracting(r -> r.en()).singleElement().asString()
        .contains("Waiver 情政第9号 is malformed", "'approver' is missing", "'validUntil' is not a date");
  }

  @Test
  void a_waiver_for_another_profile_does_nothing() {
    Assessment a = assess(WAIVER.replace("[vendor-a]", "[vendor-b]"), LocalDate.of(2027, 1, 1));
    assertThat(a.finding("T-02").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.notes()).isEmpty();
  }

  @Test
  void a_waiver_of_a_finding_that_does_not_fail_is_not_applied_and_noted() {
    Assessment a = Kijun.builder().catalog(TestRules.catalog()).waivers(Waivers.read("w.yaml", WAIVER)).build()
        .assess(ServiceProfile.builder("vendor-a").subcontracting(new Subcontracting(false, null, null)).build(),
            LocalDate.of(2027, 1, 1));
    assertThat(a.finding("T-02").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(a.notes()).extracting(r -> r.en()).containsExactly("Waiver 情政第123号 is not applied: T-02 is NOT_APPLICABLE.");
  }
}
