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

@DisplayName("B2-47 special accounts can be disposed of with their credentials")
class SpecialAccountDisposalTest {
  private static final String B2_47 = "B2-47";

  @Test
  void satisfied_when_storage_accounts_can_be_disposed_of_with_credentials() {
    Finding f = finding(B2_47, "satisfied-storage-account-disposable");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("The special accounts (kinds: storage account) can be disposed of together with"
        + " their credentials");
    assertThat(reasonsJa(f)).contains("特殊なアカウント（種類: storage account）は資格情報等の関連情報を含めて廃棄可能です");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("解約時手順書 3.2");
  }

  @Test
  void not_applicable_when_there_are_no_special_accounts() {
    Finding f = finding(B2_47, "not-applicable-no-special-accounts");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(reasonsEn(f)).contains("no special accounts", "does not apply");
  }

  @Test
  void not_satisfied_when_credentials_of_a_service_principal_remain() {
    Finding f = finding(B2_47, "not-satisfied-service-principal-credentials-remain");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("(kinds: service principal) cannot be disposed of", "(disposable: no)");
  }

  @Test
  void undetermined_when_it_is_unknown_whether_special_accounts_exist() {
    Finding f = finding(B2_47, "undetermined-whether-special-accounts-exist-is-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/disposal/specialAccounts/exist");
  }

  @Test
  void undetermined_when_accounts_exist_but_their_disposal_is_not_declared() {
    Finding f = finding(B2_47, "undetermined-disposal-with-credentials-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/disposal/specialAccounts/disposableWithCredentials");
    assertThat(reasonsEn(f)).contains("kinds: storage account");
  }
}
