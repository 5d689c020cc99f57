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

@DisplayName("B2-19 operations that affect the service are guarded against operator error")
class OperatorErrorSafeguardsTest {
  private static final String B2_19 = "B2-19";

  @Test
  void satisfied_by_written_procedures_and_alerts_naming_both() {
    Finding f = finding(B2_19, "satisfied-procedures-and-alerts");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("Written procedures (documentedProcedures: yes)", "Alerts make an erroneous operation");
    assertThat(reasonsEn(f)).doesNotContain("deletion protection");
    assertThat(reasonsJa(f)).contains("誤操作を抑制するための手順書が作成されています");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("運用手順書 第2版");
  }

  @Test
  void satisfied_by_one_safeguard_even_when_the_others_are_not_declared() {
    Finding f = finding(B2_19, "satisfied-deletion-protection-only");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("deletion protection", "deletionProtection: yes");
    assertThat(f.missingFacts()).isEmpty();
  }

  @Test
  void not_satisfied_when_every_safeguard_is_declared_absent() {
    Finding f = finding(B2_19, "not-satisfied-no-safeguards");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("No safeguard against operator error is in place: written procedures no, alerts no,"
        + " deletion protection no");
    assertThat(reasonsJa(f)).contains("誤操作への対策がありません（手順書: いいえ、アラート: いいえ、削除保護: いいえ）");
  }

  @Test
  void undetermined_naming_the_one_safeguard_not_declared_when_the_others_are_absent() {
    Finding f = finding(B2_19, "undetermined-alerts-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/operationSafeguards/operationAlerts");
    assertThat(reasonsEn(f)).contains("whether alerts make erroneous operations noticeable");
  }

  @Test
  void undetermined_naming_every_safeguard_when_nothing_is_declared() {
    Finding f = finding(B2_19, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/operationSafeguards/documentedProcedures",
        "/operationSafeguards/operationAlerts", "/operationSafeguards/deletionProtection");
  }
}
