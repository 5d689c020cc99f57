package dev.kijun.catalog.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.criteria.CatalogException;
import dev.kijun.policy.CipherList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CryptrecList: the CRYPTREC lists as versioned data")
class CryptrecListTest {
  private static final CryptrecList LIST = CryptrecList.load();

  private static List<String> names(CipherList list) {
    return LIST.entries(list).stream().map(CryptrecEntry::algorithm).toList();
  }

  @Test
  void names_the_document_and_revision_it_is_judged_against() {
    assertThat(LIST.revision()).isEqualTo("CRYPTREC LS-0001-2022R2 (2026-03-30)");
    assertThat(LIST.document()).isEqualTo("CRYPTREC LS-0001-2022R2");
    assertThat(LIST.revisionDate()).isEqualTo("2026-03-30");
    assertThat(LIST.source()).isEqualTo("https://www.cryptrec.go.jp/list/cryptrec-ls-0001-2022r2.pdf");
    assertThat(LIST.strength().document()).startsWith("CRYPTREC LS-0003-2022R1");
  }

  @Test
  void the_recommended_list_holds_every_category_of_the_current_list() {
    assertThat(names(CipherList.RECOMMENDED)).contains("DSA", "ECDSA", "EdDSA", "RSA-PSS", "RSASSA-PKCS1-v1_5",
        "RSA-OAEP", "DH", "ECDH", "AES", "Camellia", "KCipher-2", "SHA-256", "SHA-384", "SHA-512", "SHA3-256",
        "SHAKE128", "SHAKE256", "CBC", "CTR", "XTS", "CCM", "GCM", "CMAC", "HMAC", "ChaCha20-Poly1305",
        "ISO/IEC 9798-2", "ML-KEM-768", "ML-KEM-1024");
    assertThat(LIST.entries(CipherList.RECOMMENDED).stream().map(CryptrecEntry::category).distinct())
        .containsExactlyInAnyOrder(CipherCategory.SIGNATURE, CipherCategory.CONFIDENTIALITY,
            CipherCategory.KEY_EXCHANGE, CipherCategory.BLOCK_CIPHER_128, CipherCategory.STREAM_CIPHER,
            CipherCategory.HASH, CipherCategory.MODE_CONFIDENTIALITY, CipherCategory.MODE_AUTHENTICATED,
            CipherCategory.AUTHENTICATED_ENCRYPTION, CipherCategory.MAC, CipherCategory.ENTITY_AUTHENTICATION,
            CipherCategory.PQC_KEM);
  }

  @Test
  void the_candidate_and_monitored_lists_are_there() {
    assertThat(names(CipherList.CANDIDATE)).contains("PSEC-KEM", "MISTY1", "CLEFIA", "Enocoro-128v2", "PC-MAC-AES",
        "ISO/IEC 9798-4");
    assertThat(names(CipherList.MONITORED)).containsExactly("RSAES-PKCS1-v1_5", "Triple DES", "RC4", "SHA-1",
        "RIPEMD-160", "CBC-MAC");
    assertThat(LIST.unlisted()).extracting(CryptrecEntry::algorithm).contains("DES", "MD5", "ECB", "ML-KEM-512",
        "NULL");
  }

  @Test
  void the_pqc_table_has_only_ml_kem_768_and_1024() {
    assertThat(LIST.entries().stream().filter(e -> e.category() == CipherCategory.PQC_KEM && e.listed())
        .map(CryptrecEntry::algorithm)).containsExactly("ML-KEM-768", "ML-KEM-1024");
  }

  @Test
  void every_row_names_its_source_and_no_row_claims_to_be_verified_yet() {
    assertThat(LIST.entries()).allSatisfy(e -> {
      assertThat(e.document()).isEqualTo("CRYPTREC LS-0001-2022R2");
      assertThat(e.revision()).isEqualTo("2026-03-30");
      assertThat(e.confidence()).isNotNull();
      assertThat(e.verified()).as("%s was checked against the primary PDF by no one yet", e).isFalse();
    });
    assertThat(LIST.unverified()).hasSameSizeAs(LIST.entries());
  }

  @Test
  void rows_the_sources_do_not_confirm_stay_visible_as_unverified() {
    assertThat(LIST.find("3DES")).get().satisfies(e -> {
      assertThat(e.list()).isEqualTo(CipherList.MONITORED);
      assertThat(e.confidence()).isEqualTo(Confidence.UNVERIFIED);
      assertThat(e.note()).contains("placement on the 運用監視 list is unverified");
    });
    assertThat(LIST.find("ChaCha20-Poly1305")).get().extracting(CryptrecEntry::confidence)
        .isEqualTo(Confidence.UNVERIFIED);
    assertThat(LIST.find("EdDSA")).get().extracting(CryptrecEntry::confidence)
        .isEqualTo(Confidence.CONFIRMED_SECONDARY);
  }

  @Test
  void rows_carry_their_conditions() {
    assertThat(LIST.find("GCM")).get().satisfies(e -> assertThat(e.conditions()).singleElement()
        .satisfies(c -> {
          assertThat(c.code()).isEqualTo("gcm-iv-96");
          assertThat(c.enforced()).isFalse();
          assertThat(c.textJa()).contains("96ビット");
        }));
    assertThat(LIST.find("XTS")).get().satisfies(e -> assertThat(e.conditions())
        .extracting(CipherCondition::code, CipherCondition::enforced)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("xts-storage-only", true),
            org.assertj.core.groups.Tuple.tuple("xts-128-bit-block", true)));
    assertThat(LIST.find("Triple DES")).get().satisfies(e -> {
      assertThat(e.keyBits()).containsExactly(168);
      assertThat(e.blockBits()).isEqualTo(64);
      assertThat(e.conditions()).extracting(CipherCondition::code).contains("block-64-limit");
    });
  }

  @Test
  void finds_rows_by_any_spelling() {
    assertThat(LIST.find("desede")).get().extracting(CryptrecEntry::algorithm).isEqualTo("Triple DES");
    assertThat(LIST.find("RSAES-OAEP")).get().extracting(CryptrecEntry::algorithm).isEqualTo("RSA-OAEP");
    assertThat(LIST.find("ｓｈａ－２５６")).get().extracting(CryptrecEntry::algorithm).isEqualTo("SHA-256");
    assertThat(LIST.find("AES-256")).as("a key length does not change the row").get()
        .extracting(CryptrecEntry::algorithm).isEqualTo("AES");
    assertThat(LIST.find("AES-256-GCM")).as("two algorithms, not one row").isEmpty();
    assertThat(LIST.find("no such cipher")).isEmpty();
  }

  @Test
  void a_malformed_data_file_is_rejected_with_its_line() {
    assertThatThrownBy(() -> Csv.parse("x.csv", List.of("# document: d", "a,b", "1,2,3")))
        .isInstanceOf(CatalogException.class).hasMessageContaining("x.csv:3").hasMessageContaining("expected 2");
    assertThatThrownBy(() -> Csv.parse("x.csv", List.of("a,b", "\"1,2")))
        .isInstanceOf(CatalogException.class).hasMessageContaining("unterminated quote");
    assertThat(Csv.parse("x.csv", List.of("a,b", "\"1,2\",\"say \"\"hi\"\"\"")).rows().get(0).get("b"))
        .isEqualTo("say \"hi\"");
  }
}
