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

@DisplayName("B2-46 a disposal report is submitted at the end of use")
class DisposalReportTest {
  private static final String B2_46 = "B2-46";

  @Test
  void satisfied_when_a_report_is_submitted_recording_its_evidence() {
    Finding f = finding(B2_46, "satisfied-erasure-certificate-submitted");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("A report on the disposal of the information is submitted at the end of use (yes)");
    assertThat(reasonsJa(f)).contains("情報の廃棄の実施報告書が提出されます");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("契約書 第31条（データ消去証明書）");
  }

  @Test
  void not_satisfied_when_no_report_is_submitted() {
    Finding f = finding(B2_46, "not-satisfied-no-report");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains(
        "No report on the disposal of the information is submitted at the end of use (disposal report: no)");
  }

  @Test
  void undetermined_when_nothing_is_declared() {
    Finding f = finding(B2_46, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/disposal/disposalReport");
  }
}
