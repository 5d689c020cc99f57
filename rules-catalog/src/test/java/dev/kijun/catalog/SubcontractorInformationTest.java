package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static dev.kijun.catalog.SelectionTestSupport.findingOf;
import static dev.kijun.catalog.SelectionTestSupport.part;
import static dev.kijun.catalog.SelectionTestSupport.partEn;
import static dev.kijun.catalog.SelectionTestSupport.partKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("B2-14 information on subcontractors can be provided to the city")
class SubcontractorInformationTest {
  private static final String B2_14 = "B2-14";
  private static final List<String> PARTS =
      List.of("company", "scope", "security-officer", "personal-information-manager", "staff");
  private static final List<String> ITEMS =
      List.of("company", "scope", "securityOfficer", "personalInformationManager", "staff");

  @Test
  void satisfied_when_every_item_can_be_provided() {
    Finding f = finding(B2_14, "satisfied-every-item-can-be-provided");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(PartResult::id).containsExactlyElementsOf(PARTS);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("The subcontractor's company information can be provided to the city",
        "The subcontractor's personal-information manager can be named to the city");
    assertThat(f.evidence()).extracting(Evidence::reference)
        .containsExactlyInAnyOrder("再委託承認申請書 様式1", "再委託承認申請書 様式2");
  }

  @Test
  void not_satisfied_when_information_on_the_staff_is_withheld() {
    Finding f = finding(B2_14, "not-satisfied-staff-information-withheld");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "staff").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.parts()).filteredOn(p -> !p.id().equals("staff")).extracting(PartResult::verdict)
        .containsOnly(Verdict.SATISFIED);
    assertThat(partEn(f, "staff"))
        .isEqualTo("Information on the subcontractor's staff cannot be provided to the city (staff: no).");
    assertThat(reasonsJa(f)).contains("再委託先の従事者の情報を本市に提供できません（従事者の情報: いいえ）");
  }

  @Test
  void undetermined_when_subcontracting_is_used_and_no_disclosure_is_declared() {
    Finding f = finding(B2_14, "undetermined-disclosure-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrderElementsOf(
        ITEMS.stream().map(i -> "/subcontracting/disclosure/" + i).toList());
    assertThat(f.reasons()).extracting(Reason::key).doesNotContain("kijun.part-not-concluded");
  }

  @Test
  void undetermined_not_not_satisfied_while_subcontracting_is_undeclared() {
    Finding f = finding(B2_14, "undetermined-subcontracting-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/subcontracting/used");
    assertThat(f.parts()).extracting(PartResult::id).containsExactlyElementsOf(PARTS);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    assertThat(f.reasons()).extracting(Reason::key).containsExactly("B2-14.used-unknown");
    assertThat(reasonsEn(f)).contains("not declared whether any part of the service is subcontracted");
  }

  @Test
  void not_applicable_when_nothing_is_subcontracted() {
    Finding f = finding(B2_14, "not-applicable-nothing-subcontracted");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(f.missingFacts()).isEmpty();
    assertThat(f.reasons()).extracting(Reason::key).containsExactly("B2-14.not-subcontracted");
    assertThat(reasonsEn(f)).contains("No part of the service is subcontracted");
    assertThat(reasonsJa(f)).contains("提供すべき再委託先の情報はなく、本基準は適用されません");
  }

  @ParameterizedTest(name = "{0} = {1}: part {2} is {3}")
  @CsvSource({
      "company,                    true,   company,                      SATISFIED,     B2-14.company-provided",
      "company,                    false,  company,                      NOT_SATISFIED, B2-14.company-withheld",
      "company,                    absent, company,                      UNDETERMINED,  B2-14.company-unknown",
      "scope,                      false,  scope,                        NOT_SATISFIED, B2-14.scope-withheld",
      "scope,                      absent, scope,                        UNDETERMINED,  B2-14.scope-unknown",
      "securityOfficer,            false,  security-officer,             NOT_SATISFIED, B2-14.security-officer-withheld",
      "securityOfficer,            absent, security-officer,             UNDETERMINED,  B2-14.security-officer-unknown",
      "personalInformationManager, false,  personal-information-manager, NOT_SATISFIED, "
          + "B2-14.personal-information-manager-withheld",
      "personalInformationManager, absent, personal-information-manager, UNDETERMINED,  "
          + "B2-14.personal-information-manager-unknown",
      "staff,                      false,  staff,                        NOT_SATISFIED, B2-14.staff-withheld",
      "staff,                      absent, staff,                        UNDETERMINED,  B2-14.staff-unknown"
  })
  void each_item_decides_its_own_part(String item, String value, String partId, Verdict expected, String key) {
    StringBuilder yaml = new StringBuilder("id: b2-14-one-item\nsubcontracting:\n  used: true\n  disclosure:\n");
    for (String other : ITEMS) {
      if (!other.equals(item)) {
        yaml.append("    ").append(other).append(": true\n");
      } else if (!value.equals("absent")) {
        yaml.append("    ").append(other).append(": ").append(value).append('\n');
      }
    }
    Finding f = findingOf(B2_14, yaml.toString());
    assertThat(f.verdict()).isEqualTo(expected);
    assertThat(part(f, partId).verdict()).isEqualTo(expected);
    assertThat(partKeys(f, partId)).isEqualTo(key);
    assertThat(f.parts()).filteredOn(p -> !p.id().equals(partId)).extracting(PartResult::verdict)
        .containsOnly(Verdict.SATISFIED);
    if (expected == Verdict.UNDETERMINED) {
      assertThat(f.missingFacts()).containsExactly("/subcontracting/disclosure/" + item);
    }
  }
}
