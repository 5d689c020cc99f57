package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static dev.kijun.catalog.SelectionTestSupport.findingOf;
import static dev.kijun.catalog.SelectionTestSupport.part;
import static dev.kijun.catalog.SelectionTestSupport.partKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("B2-09 a consistent quality-assurance regime prevents changes the city does not intend")
class NoUnintendedChangesTest {
  private static final String B2_09 = "B2-09";
  private static final List<String> FIELDS =
      List.of("qualityAssuranceProcess", "privateSettingsStayPrivate", "noSilentDataModification");

  @Test
  void satisfied_under_a_certified_change_management_regime() {
    Finding f = finding(B2_09, "satisfied-iso-27001-change-management");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(p -> p.verdict()).containsOnly(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("developed and operated under a consistent quality-assurance regime",
        "Non-public settings never become public without explanation",
        "Data the city stores is never rewritten unintentionally");
    assertThat(f.evidence()).extracting(Evidence::reference)
        .containsExactly("ISO/IEC 27001", "変更管理規程 4.3", "変更管理規程 4.4");
    assertThat(f.reasons()).extracting(Reason::key).doesNotContain("kijun.unsupported-declaration");
  }

  @Test
  void satisfied_on_the_vendors_word_alone_is_flagged_as_unsupported() {
    Finding f = finding(B2_09, "satisfied-on-the-vendors-word-alone");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.reasons()).extracting(Reason::key).contains("kijun.unsupported-declaration");
  }

  @Test
  void not_satisfied_when_non_public_settings_may_become_public() {
    Finding f = finding(B2_09, "not-satisfied-private-settings-may-become-public");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "private-settings").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "qa-process").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "data-integrity").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains(
        "Non-public settings may become public without explanation (private settings stay private: no).");
    assertThat(reasonsJa(f)).contains("非公開設定が説明なく公開設定になることがあります（非公開設定の維持: いいえ）");
  }

  @Test
  void undetermined_when_it_is_not_declared_whether_stored_data_may_be_rewritten() {
    Finding f = finding(B2_09, "undetermined-data-integrity-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/changeControl/noSilentDataModification");
    assertThat(part(f, "data-integrity").verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(reasonsEn(f)).contains("not declared whether data the city stores is kept from being rewritten");
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = finding(B2_09, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/changeControl/qualityAssuranceProcess",
        "/changeControl/privateSettingsStayPrivate", "/changeControl/noSilentDataModification");
    assertThat(f.parts()).extracting(p -> p.verdict()).containsOnly(Verdict.UNDETERMINED);
  }

  @ParameterizedTest(name = "{0} = {1}: part {2} is {3}")
  @CsvSource({
      "qualityAssuranceProcess,    false,  qa-process,       NOT_SATISFIED, B2-09.no-qa-process",
      "qualityAssuranceProcess,    absent, qa-process,       UNDETERMINED,  B2-09.qa-process-unknown",
      "privateSettingsStayPrivate, false,  private-settings, NOT_SATISFIED, B2-09.private-settings-may-become-public",
      "privateSettingsStayPrivate, absent, private-settings, UNDETERMINED,  B2-09.private-settings-unknown",
      "noSilentDataModification,   false,  data-integrity,   NOT_SATISFIED, B2-09.data-may-be-rewritten",
      "noSilentDataModification,   absent, data-integrity,   UNDETERMINED,  B2-09.data-integrity-unknown"
  })
  void each_declaration_decides_its_own_part(String field, String value, String partId, Verdict expected,
      String key) {
    StringBuilder yaml = new StringBuilder("id: b2-09-one-part\nchangeControl:\n");
    for (String other : FIELDS) {
      if (other.equals(field)) {
        if (!value.equals("absent")) {
          yaml.append("  ").append(other).append(": ").append(value).append('\n');
        }
      } else {
        yaml.append("  ").append(other).append(": true\n");
      }
    }
    Finding f = findingOf(B2_09, yaml.toString());
    assertThat(f.verdict()).isEqualTo(expected);
    assertThat(part(f, partId).verdict()).isEqualTo(expected);
    assertThat(partKeys(f, partId)).isEqualTo(key);
    assertThat(f.parts()).filteredOn(p -> !p.id().equals(partId))
        .extracting(p -> p.verdict()).containsOnly(Verdict.SATISFIED);
    if (expected == Verdict.UNDETERMINED) {
      assertThat(f.missingFacts()).containsExactly("/changeControl/" + field);
    }
  }
}
