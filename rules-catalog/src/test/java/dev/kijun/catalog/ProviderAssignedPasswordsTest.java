package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.engine.Kijun;
import dev.kijun.model.Evidence;
import dev.kijun.policy.Parameters;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-33 passwords the provider assigns are managed safely")
class ProviderAssignedPasswordsTest {
  private static final String B2_33 = "B2-33";

  @Test
  void satisfied_when_every_practice_holds_and_passwords_are_long_enough() {
    Finding f = finding(B2_33, "satisfied-twelve-character-passwords");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(PartResult::id)
        .containsExactly("secrecy", "no-disclosure", "strength", "leak-response", "no-stored-passwords");
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("at least 12 characters, where 8 are required");
    assertThat(reasonsJa(f)).contains("最小長は 12 文字で、必要な 8 文字以上です");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("利用規約 第12条");
  }

  @Test
  void not_applicable_when_the_provider_assigns_no_credentials() {
    Finding f = finding(B2_33, "not-applicable-provider-assigns-no-credentials");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(reasonsEn(f)).contains("The provider assigns no passwords or other credentials", "do not apply");
    assertThat(reasonsJa(f)).contains("本基準は対象外です");
  }

  @Test
  void not_satisfied_when_the_minimum_length_is_below_the_default_naming_both_numbers() {
    Finding f = finding(B2_33, "not-satisfied-six-character-passwords");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("strength").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("secrecy").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("The minimum password length is 6 characters; at least 8 are required.");
    assertThat(reasonsJa(f)).contains("パスワードの最小長は 6 文字です。8 文字以上が必要です。");
  }

  @Test
  void not_satisfied_when_the_city_requires_longer_passwords_than_declared() {
    Kijun strict = SelectionTestSupport.engineWith("minimumPasswordLength: 14");
    Finding f = strict.assess(Fixtures.profile(B2_33, "satisfied-twelve-character-passwords"), Fixtures.AS_OF)
        .finding(B2_33).orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("strength").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("The minimum password length is 12 characters; at least 14 are required.");
  }

  @Test
  void not_satisfied_when_passwords_may_be_given_out_on_enquiry() {
    Finding f = finding(B2_33, "not-satisfied-passwords-given-out-on-enquiry");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("no-disclosure").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("strength").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("Passwords may be given out on enquiry (never disclosed on enquiry: no)");
  }

  @Test
  void undetermined_when_strong_passwords_are_claimed_but_no_length_is_declared() {
    Finding f = finding(B2_33, "undetermined-password-length-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("strength").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/credentials/minimumPasswordLength");
    assertThat(reasonsEn(f)).contains("the minimum password length is not declared", "at least 8 characters are required");
  }

  @Test
  void undetermined_in_every_part_when_the_practices_are_not_declared() {
    Finding f = finding(B2_33, "undetermined-practices-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/credentials/practices/keptSecret",
        "/credentials/practices/noDisclosureOnEnquiry", "/credentials/practices/strongPasswords",
        "/credentials/practices/reportAndChangeOnLeak", "/credentials/practices/notStoredOnDevices");
  }

  @Test
  void undetermined_in_every_part_when_it_is_unknown_whether_the_provider_assigns_credentials() {
    Finding f = finding(B2_33, "undetermined-whether-the-provider-assigns-is-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    assertThat(f.parts()).hasSize(5).allSatisfy(part ->
        assertThat(part.reasons()).extracting(Reason::key).containsExactly("B2-33.applicability-unknown"));
    assertThat(f.missingFacts()).containsExactly("/credentials/providerAssigns");
    assertThat(reasonsEn(f)).contains("it cannot be told whether this criterion applies");
  }
}
