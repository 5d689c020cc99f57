package dev.kijun.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.ProfileReader;
import dev.kijun.report.Assessment;
import dev.kijun.report.Outcome;
import dev.kijun.report.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kit's own failure messages: they must say what was expected and show every actual finding with its reasons. */
class KijunAssertionsTest {
  static Assessment backupAbroad;

  @BeforeAll
  static void assess() {
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    backupAbroad = kijun.assess(ProfileReader.create().read("p.yaml", """
        id: vendor-x
        platform: aws
        dataResidency:
          locations:
            - {kind: PRIMARY, region: ap-northeast-1}
            - {kind: BACKUP, region: us-east-1}
          kindsNotUsed: [DISASTER_RECOVERY, REPLICA, LOGS]
        """), LocalDate.of(2026, 11, 27));
  }

  @Test
  void passing_assertions_pass() {
    KijunAssertions.assertThat(backupAbroad)
        .hasOverall(Outcome.NON_COMPLIANT)
        .criterion("B2-02").isNotSatisfied().hasReasonContaining("aws:us-east-1 is in US")
        .hasPart("coverage", Verdict.SATISFIED)
        .and().criterion("B2-03").isUndetermined().hasMissingFact("/regionUse/regions");
  }

  @Test
  void a_wrong_verdict_names_expected_and_actual_and_lists_the_reasons() {
    assertThatThrownBy(() -> KijunAssertions.assertThat(backupAbroad).criterion("B2-02").isSatisfied())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected B2-02 to be SATISFIED but was NOT_SATISFIED")
        .hasMessageContaining("The BACKUP copy at aws:us-east-1 is in US");
  }

  @Test
  void has_no_violations_names_each_violation_and_why() {
    assertThatThrownBy(() -> KijunAssertions.assertThat(backupAbroad).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 mandatory criteria are NOT_SATISFIED")
        .hasMessageContaining("B2-02: NOT_SATISFIED")
        .hasMessageContaining("All findings:")
        .hasMessageContaining("B2-03: UNDETERMINED");
  }

  @Test
  void an_unknown_criterion_lists_the_findings_there_are() {
    assertThatThrownBy(() -> KijunAssertions.assertThat(backupAbroad).criterion("ORG-01"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding for ORG-01, but the assessment has none")
        .hasMessageContaining("B2-02: NOT_SATISFIED");
  }

  @Test
  void a_missing_reason_shows_the_reasons_there_are() {
    assertThatThrownBy(() -> KijunAssertions.assertThat(backupAbroad).criterion("B2-02").hasReasonContaining("Osaka"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a reason of B2-02 containing \"Osaka\"")
        .hasMessageContaining("aws:us-east-1");
  }

  @Test
  void a_wrong_part_verdict_names_the_part() {
    assertThatThrownBy(() -> KijunAssertions.assertThat(backupAbroad).criterion("B2-02")
        .hasPart("locations", Verdict.SATISFIED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected part locations of B2-02 to be SATISFIED but was NOT_SATISFIED");
  }

  @Test
  void a_wrong_overall_shows_all_findings() {
    assertThatThrownBy(() -> KijunAssertions.assertThat(backupAbroad).isCompliant())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected overall COMPLIANT but was NON_COMPLIANT")
        .hasMessageContaining("profile vendor-x");
  }
}
