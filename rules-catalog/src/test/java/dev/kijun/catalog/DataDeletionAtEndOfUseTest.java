package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-43 all data, copies included, can be deleted beyond restore at the end of use")
class DataDeletionAtEndOfUseTest {
  private static final String B2_43 = "B2-43";

  @Test
  void satisfied_by_crypto_erase_covering_backups_naming_it_as_the_tables_method() {
    Finding f = finding(B2_43, "satisfied-crypto-erase-including-backups");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("deleted by CRYPTO_ERASE, deleting the keys it was encrypted with, the method the"
        + " table names");
    assertThat(reasonsJa(f)).contains("基準が例示する方法である CRYPTO_ERASE（情報資産を暗号化した鍵の削除）により削除され");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("データ処理補遺 第9条");
  }

  @Test
  void satisfied_by_purge_while_pointing_to_crypto_erase() {
    Finding f = finding(B2_43, "satisfied-purge-and-overwrite");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("method").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("deleted by PURGE, OVERWRITE, which leaves it hard to restore",
        "deleting the encryption keys (CRYPTO_ERASE), is not declared");
  }

  @Test
  void not_satisfied_when_data_is_only_deleted_logically() {
    Finding f = finding(B2_43, "not-satisfied-logical-delete-only");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("method").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("deletable").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("deleted only by LOGICAL_DELETE", "leaves the data restorable", "(CRYPTO_ERASE)");
    assertThat(reasonsJa(f)).contains("情報は LOGICAL_DELETE でしか削除されず");
  }

  @Test
  void not_satisfied_when_backups_are_not_deleted() {
    Finding f = finding(B2_43, "not-satisfied-backups-kept");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("copies").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("method").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("Deletion does not cover copies made by backups and the like (copies included: no)");
  }

  @Test
  void undetermined_when_the_method_is_not_declared() {
    Finding f = finding(B2_43, "undetermined-deletion-method-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.part("method").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/disposal/dataDeletion/methods");
  }

  @Test
  void undetermined_in_every_part_when_nothing_is_declared() {
    Finding f = finding(B2_43, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.parts()).extracting(PartResult::verdict).containsOnly(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/disposal/dataDeletion/deletableAtEndOfUse",
        "/disposal/dataDeletion/includesCopies", "/disposal/dataDeletion/methods");
  }
}
