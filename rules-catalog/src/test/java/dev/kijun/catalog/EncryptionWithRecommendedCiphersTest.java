package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Language;
import dev.kijun.criteria.Messages;
import dev.kijun.engine.Kijun;
import dev.kijun.io.DocumentReader;
import dev.kijun.io.ProfileReader;
import dev.kijun.policy.Parameters;
import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("B2-22 encryption at rest and in transit with the e-Government Recommended Ciphers List")
class EncryptionWithRecommendedCiphersTest {
  private static final String B2_22 = "B2-22";

  /** A profile with one store and one TLS 1.3 path that passes on its own, and the given changes. */
  private static String profile(String useUntil, String store, String transit) {
    return "id: inline\n"
        + (useUntil == null ? "" : "useUntil: " + useUntil + "\n")
        + "encryption:\n"
        + "  atRest:\n"
        + "    - {store: database, encrypted: true, " + store + "}\n"
        + "  inTransit:\n"
        + "    - channel: browser\n"
        + "      encrypted: true\n"
        + transit;
  }

  private static String store(String useUntil, String store) {
    return profile(useUntil, store, """
              tlsVersions: [TLSv1.3]
              cipherSuites: [TLS_AES_256_GCM_SHA384]
              keyExchangeGroups: [secp384r1]
              certificateKeys: [ECDSA P-384]
        """);
  }

  private static String transit(String useUntil, String transit) {
    return profile(useUntil, "algorithm: AES-256-GCM", transit);
  }

  private static Finding assess(String yaml) {
    return assess(Fixtures.engine(), yaml);
  }

  private static Finding assess(Kijun kijun, String yaml) {
    return kijun.assess(ProfileReader.create().read("inline.yaml", yaml), Fixtures.AS_OF).finding(B2_22)
        .orElseThrow();
  }

  private static Kijun engineWith(String policyYaml) {
    Parameters parameters = DocumentReader.of(Parameters.class)
        .read("policy.yaml", policyYaml.getBytes(StandardCharsets.UTF_8)).value();
    return Kijun.builder().catalog(StandardCatalog.load()).parameters(parameters).build();
  }

  @Nested
  @DisplayName("what kijun explain B2-22 shows")
  class Explain {
    @Test
    void the_catalog_names_the_list_revision_in_use() {
      StandardCatalog catalog = StandardCatalog.load();
      assertThat(catalog.cryptrec().revision()).isEqualTo("CRYPTREC LS-0001-2022R2 (2026-03-30)");
      assertThat(catalog.cryptrec().source()).startsWith("https://www.cryptrec.go.jp/");
      assertThat(catalog.revisions()).containsEntry("cryptrec", "CRYPTREC LS-0001-2022R2 (2026-03-30)")
          .containsKey("cryptrec-key-lengths");
    }

    @Test
    void how_to_declare_is_explained_in_both_languages() {
      Messages messages = StandardCatalog.load().messages();
      assertThat(messages.pattern("B2-22.how-to-declare", Language.EN)).get().asString()
          .contains("encryption.atRest", "keyExchangeGroups", "certificateKeys", "useUntil");
      assertThat(messages.format("B2-22.how-to-declare", Language.EN, java.util.List.of()))
          .contains("the city's policy");
      assertThat(messages.pattern("B2-22.how-to-declare", Language.JA)).get().asString()
          .contains("鍵交換グループ", "2030年");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"B2-22", "B2-38"})
    void the_declaration_example_of_the_catalog_is_satisfied(String id) {
      String example = StandardCatalog.load().find(CriterionId.of(id)).orElseThrow().declarationExample();
      Finding f = Fixtures.engine().assess(ProfileReader.create().read("example.yaml", "id: example\n" + example),
          Fixtures.AS_OF).finding(id).orElseThrow();
      assertThat(f.verdict()).as("%s", f.reasons()).isEqualTo(Verdict.SATISFIED);
    }
  }

  @Nested
  @DisplayName("fixtures")
  class FromFixtures {
    @Test
    void satisfied_when_everything_is_on_the_recommended_list_and_strong_enough_until_the_end() {
      Finding f = finding(B2_22, "satisfied-recommended-ciphers-at-rest-and-in-transit");
      assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
      assertThat(f.part("at-rest").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
      assertThat(f.part("in-transit").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
      assertThat(reasonsEn(f)).contains("AES (256) (declared as 'ＡＥＳ　２５６ビット（ＧＣＭ）')",
          "ECDH (X25519) (declared as 'x25519')", "which CRYPTREC accepts for systems whose use ends by 2050-12-31",
          "an initialisation vector of 96 bits is recommended");
      assertThat(reasonsJa(f)).contains("電子政府推奨暗号リストに掲載されています", "一次資料との照合: いいえ");
      assertThat(f.evidence()).as("the certification behind the backups' encryption").hasSize(1);
    }

    @Test
    void a_verdict_on_rows_not_checked_against_the_primary_document_says_so() {
      Finding f = finding(B2_22, "satisfied-recommended-ciphers-at-rest-and-in-transit");
      assertThat(reasonsEn(f))
          .contains("XTS (declared as 'AES, keyBits: 512, mode: XTS') is on the e-Government Recommended Ciphers List")
          .contains("confidence: unverified; checked against the primary document: no; note: conditions confirmed (E3);"
              + " placement on the list unverified")
          .contains("X25519: whether CRYPTREC's ECDH covers Curve25519 is not verified (unverified)")
          .contains("CRYPTREC LS-0001-2022R2 (2026-03-30): GCM");
    }

    @Test
    void rsa_2048_is_satisfied_for_a_service_ending_on_2030_12_31() {
      Finding f = finding(B2_22, "satisfied-rsa-2048-certificate-for-a-service-ending-2030-12-31");
      assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
      assertThat(reasonsEn(f)).contains("RSA (2048) (declared as 'RSA 2048') is on the e-Government Recommended "
          + "Ciphers List, with 112-bit security strength, which CRYPTREC accepts for systems whose use ends by "
          + "2030-12-31; this service is used until 2030-12-31");
    }

    @Test
    void rsa_2048_is_not_satisfied_for_a_service_running_into_2031_and_the_reason_names_the_2030_boundary() {
      Finding f = finding(B2_22, "not-satisfied-rsa-2048-certificate-for-a-service-running-into-2031");
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(f.part("at-rest").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
      assertThat(reasonsEn(f)).contains("RSA (2048) (declared as 'RSA 2048') gives 112-bit security strength, which "
          + "CRYPTREC accepts only for systems whose use ends by 2030-12-31; this service is used until 2031-01-01");
      assertThat(reasonsJa(f)).contains("2030-12-31までに利用を終えるシステムにのみ認めています", "2031-01-01まで利用され");
    }

    @Test
    void tls_1_3_mixing_listed_and_unlisted_suites_fails_on_the_unlisted_one_only() {
      Finding f = finding(B2_22, "not-satisfied-tls13-mixing-listed-and-unlisted-suites");
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      String en = reasonsEn(f);
      assertThat(en).contains("SM4 (128) (declared as 'TLS_SM4_GCM_SM3') is on none of the CRYPTREC lists",
          "SM3 (declared as 'TLS_SM4_GCM_SM3') is on none of the CRYPTREC lists",
          "AES (256) (declared as 'TLS_AES_256_GCM_SHA384') is on the e-Government Recommended Ciphers List",
          "ChaCha20-Poly1305 (256) (declared as 'TLS_CHACHA20_POLY1305_SHA256') is on the e-Government Recommended"
              + " Ciphers List");
      assertThat(en).as("ChaCha20-Poly1305's placement is unverified, and the reason says so")
          .contains("confidence: unverified; checked against the primary document: no; note: no source places it on"
              + " the list");
      assertThat(en).doesNotContain("'TLS_AES_128_GCM_SHA256') is on none");
    }

    @Test
    void tls_1_0_and_1_1_are_not_satisfied() {
      Finding f = finding(B2_22, "not-satisfied-old-tls-versions-accepted");
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("TLSv1.0 is accepted; the city requires TLSv1.2 or later",
          "TLSv1.1 is accepted; the city requires TLSv1.2 or later", "TLSv1.2 is accepted, at or above");
    }

    @Test
    void ssl_3_is_never_acceptable() {
      Finding f = finding(B2_22, "not-satisfied-sslv3-accepted");
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("SSLv3 is accepted; SSL 3.0 and older are never acceptable");
      assertThat(reasonsJa(f)).contains("SSL 3.0 以前は認められません");
    }

    @Test
    void the_monitored_list_is_not_satisfied_and_the_reason_says_it_is_kept_only_for_compatibility() {
      Finding f = finding(B2_22, "not-satisfied-monitored-ciphers-kept-for-compatibility");
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      String en = reasonsEn(f);
      assertThat(en).contains("Triple DES (168) (declared as 'DESede/CBC/PKCS5Padding, keyBits: 192') is on the "
          + "Monitored Ciphers List (運用監視暗号リスト)", "tolerated only to keep compatibility",
          "RC4 (128) (declared as 'TLS_RSA_WITH_RC4_128_SHA') is on the Monitored Ciphers List",
          "RSA (declared as 'TLS_RSA_WITH_RC4_128_SHA') is on the Monitored Ciphers List",
          "CRYPTREC LS-0001-2022R2 (2026-03-30): RSAES-PKCS1-v1_5",
          "SHA-1 (declared as 'TLS_RSA_WITH_RC4_128_SHA') is on the Monitored Ciphers List");
      assertThat(reasonsJa(f)).contains("運用監視暗号リストに掲載されており");
    }

    @Test
    void a_store_declared_unencrypted_is_not_satisfied() {
      Finding f = finding(B2_22, "not-satisfied-store-not-encrypted");
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("log bucket is not encrypted.");
      assertThat(f.part("in-transit").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    }

    @Test
    void an_unknown_name_is_undetermined_listing_close_known_names() {
      Finding f = finding(B2_22, "undetermined-unknown-algorithm-name");
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/atRest/0/algorithm");
      assertThat(reasonsEn(f)).contains("'gmc' in 'AES-256-GMC' is not an algorithm name Kijun knows",
          "Known names close to it: GCM.");
      assertThat(reasonsJa(f)).contains("近い既知の名前: GCM");
    }

    @Test
    void a_key_with_an_end_is_undetermined_when_the_service_end_is_not_declared() {
      Finding f = finding(B2_22, "undetermined-use-until-not-declared");
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/useUntil");
      assertThat(reasonsEn(f)).contains("AES (128) (declared as 'aes-128-gcm') gives 128-bit security strength",
          "declare useUntil");
    }

    @Test
    void suites_alone_are_undetermined_until_groups_and_certificate_keys_are_declared() {
      Finding f = finding(B2_22, "undetermined-suites-without-groups-or-certificate-keys");
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/inTransit/0/certificateKeys",
          "/encryption/inTransit/0/keyExchangeGroups");
      assertThat(reasonsEn(f)).contains("no key-exchange group for ECDHE is declared",
          "no key-exchange group for TLS 1.3 is declared", "no certificate key for RSA is declared");
    }

    @Test
    void bare_rsa_and_a_block_cipher_without_its_mode_are_undetermined() {
      Finding f = finding(B2_22, "undetermined-rsa-without-scheme-and-aes-without-mode");
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/atRest/0/algorithm", "/encryption/atRest/1/mode");
      assertThat(reasonsEn(f)).contains("name one of RSA-OAEP, RSAES-PKCS1-v1_5", "the mode of operation of AES");
    }

    @Test
    void nothing_declared_is_undetermined_never_satisfied() {
      Finding f = finding(B2_22, "undetermined-nothing-declared");
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/atRest", "/encryption/inTransit");
    }
  }

  @Nested
  @DisplayName("each list")
  class Lists {
    @ParameterizedTest(name = "{0} at rest")
    @CsvSource(delimiter = ';', value = {
        "algorithm: AES-256-GCM; AES (256)",
        "algorithm: Camellia-256-CBC; Camellia (256)",
        "algorithm: ChaCha20-Poly1305; ChaCha20-Poly1305 (256)",
        "algorithm: RSA/ECB/OAEPWithSHA-256AndMGF1Padding, keyBits: 4096; RSA-OAEP (4096)",
        "'algorithm: AES, keyBits: 256, mode: CTR'; CTR"
    })
    void recommended_algorithms_are_satisfied(String store, String label) {
      Finding f = assess(store("2045-03-31", store));
      assertThat(f.verdict()).as("%s", f.reasons()).isEqualTo(Verdict.SATISFIED);
      assertThat(reasonsEn(f)).contains(label + " (declared as");
    }

    @Test
    void a_candidate_is_not_satisfied_by_default_and_the_reason_says_which_list_and_why() {
      Finding f = assess(store("2029-03-31", "algorithm: CLEFIA-128-GCM"));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("CLEFIA (128) (declared as 'CLEFIA-128-GCM') is on the Candidate Recommended "
          + "Ciphers List (推奨候補暗号リスト)", "not yet used widely enough to be recommended", "acceptedCipherLists");
      assertThat(reasonsJa(f)).contains("推奨候補暗号リストに掲載されており");
    }

    @Test
    void a_candidate_is_satisfied_when_the_city_accepts_candidates() {
      Kijun kijun = engineWith("acceptedCipherLists: [RECOMMENDED, CANDIDATE]\n");
      Finding f = assess(kijun, store("2029-03-31", "algorithm: CLEFIA-128-GCM"));
      assertThat(f.verdict()).as("%s", f.reasons()).isEqualTo(Verdict.SATISFIED);
      assertThat(reasonsEn(f)).contains("is on the CANDIDATE list, not on the e-Government Recommended Ciphers List;"
          + " it passes only because the city's policy accepts that list");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "algorithm: 3DES-CBC; Triple DES (168)",
        "algorithm: RC4-128; RC4 (128)",
        "algorithm: RSA/ECB/PKCS1Padding, keyBits: 3072; RSAES-PKCS1-v1_5 (3072)"
    })
    void monitored_algorithms_are_not_satisfied(String store, String label) {
      Finding f = assess(store("2029-03-31", store));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains(label + " (declared as", "Monitored Ciphers List (運用監視暗号リスト)");
    }

    @Test
    void sha_1_and_rc4_in_a_suite_are_on_the_monitored_list() {
      Finding f = assess(transit("2029-03-31", """
                tlsVersions: [TLSv1.2]
                cipherSuites: [ECDHE-RSA-RC4-SHA]
                keyExchangeGroups: [secp256r1]
                certificateKeys: [RSA 3072]
          """));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("RC4 (128) (declared as 'ECDHE-RSA-RC4-SHA') is on the Monitored Ciphers List",
          "SHA-1 (declared as 'ECDHE-RSA-RC4-SHA') is on the Monitored Ciphers List");
    }

    @Test
    void a_monitored_cipher_accepted_by_policy_still_obeys_the_2030_boundary() {
      Kijun kijun = engineWith("acceptedCipherLists: [RECOMMENDED, MONITORED]\n");
      assertThat(assess(kijun, store("2030-12-31", "algorithm: 3DES-CBC")).verdict()).isEqualTo(Verdict.SATISFIED);
      Finding late = assess(kijun, store("2031-01-01", "algorithm: 3DES-CBC"));
      assertThat(late.verdict()).as("%s", late.reasons()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(late)).contains("Triple DES (168) (declared as '3DES-CBC') gives 112-bit security strength,"
          + " which CRYPTREC accepts only for systems whose use ends by 2030-12-31");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "algorithm: DES-CBC; DES (56)",
        "algorithm: Blowfish-CBC, keyBits: 128; Blowfish (128)",
        "algorithm: AES-256-ECB; ECB",
        "algorithm: SEED-CBC; SEED (128)"
    })
    void algorithms_on_no_list_are_not_satisfied(String store, String label) {
      Finding f = assess(store("2029-03-31", store));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains(label + " (declared as", "is on none of the CRYPTREC lists");
    }
  }

  @Nested
  @DisplayName("key lengths and the 2030 boundary")
  class KeyLengths {
    @ParameterizedTest(name = "{0} until {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "RSA 2048; 2029-06-30; SATISFIED",
        "RSA 2048; 2030-12-31; SATISFIED",
        "RSA 2048; 2031-01-01; NOT_SATISFIED",
        "ECDSA P-224; 2030-12-31; SATISFIED",
        "ECDSA P-224; 2031-01-01; NOT_SATISFIED",
        "RSA 3072; 2031-01-01; SATISFIED",
        "RSA 3072; 2050-12-31; SATISFIED",
        "RSA 3072; 2051-01-01; NOT_SATISFIED",
        "ECDSA P-384; 2060-03-31; SATISFIED"
    })
    void certificate_keys_are_judged_by_the_service_end(String key, String useUntil, Verdict expected) {
      Finding f = assess(transit(useUntil, """
                tlsVersions: [TLSv1.3]
                cipherSuites: [TLS_AES_256_GCM_SHA384]
                keyExchangeGroups: [secp384r1]
                certificateKeys: [%s]
          """.formatted(key)));
      assertThat(f.verdict()).as("%s", f.reasons()).isEqualTo(expected);
    }

    @Test
    void a_key_below_112_bits_is_never_acceptable() {
      Finding f = assess(transit("2027-03-31", """
                tlsVersions: [TLSv1.2]
                cipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]
                keyExchangeGroups: [secp256r1]
                certificateKeys: [RSA 1024]
          """));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("RSA (1024) (declared as 'RSA 1024') gives 80-bit security strength, below the"
          + " 112 bits CRYPTREC accepts");
    }

    @Test
    void a_weak_key_exchange_group_offered_beside_strong_ones_counts() {
      Finding f = assess(transit("2031-03-31", """
                tlsVersions: [TLSv1.3]
                cipherSuites: [TLS_AES_256_GCM_SHA384]
                keyExchangeGroups: [x25519, ffdhe2048]
                certificateKeys: [ECDSA P-256]
          """));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("DH (ffdhe2048) (declared as 'ffdhe2048') gives 112-bit security strength");
    }

    @Test
    void a_key_length_the_list_does_not_permit_is_not_satisfied() {
      Finding f = assess(store("2029-03-31", "algorithm: AES-160-GCM"));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("AES (160) (declared as 'AES-160-GCM') has a 160-bit key; its list entry"
          + " permits 128, 192, 256 bits");
    }

    @Test
    void two_key_triple_des_is_not_the_permitted_three_key_form() {
      Kijun kijun = engineWith("acceptedCipherLists: [RECOMMENDED, MONITORED]\n");
      Finding f = assess(kijun, store("2029-03-31", "algorithm: DESede/CBC/PKCS5Padding, keyBits: 112"));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("has a 112-bit key; its list entry permits 168 bits");
    }

    @Test
    void a_name_and_a_key_length_field_that_disagree_are_undetermined() {
      Finding f = assess(store("2029-03-31", "algorithm: AES-128-GCM, keyBits: 256"));
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/atRest/0/keyBits");
    }

    @Test
    void a_block_cipher_without_a_key_length_is_undetermined() {
      Finding f = assess(store("2029-03-31", "algorithm: AES/GCM/NoPadding"));
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/atRest/0/keyBits");
      assertThat(reasonsEn(f)).contains("the key length of AES in 'AES/GCM/NoPadding' is not declared");
    }
  }

  @Nested
  @DisplayName("conditions of list entries")
  class Conditions {
    @Test
    void xts_with_a_64_bit_block_cipher_breaks_its_condition() {
      Kijun kijun = engineWith("acceptedCipherLists: [RECOMMENDED, MONITORED]\n");
      Finding f = assess(kijun, store("2029-03-31", "algorithm: 3DES, mode: XTS"));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("XTS (declared as '3DES, mode: XTS') is used against a condition of its list"
          + " entry: XTS only with 128-bit block ciphers");
    }

    @Test
    void advisory_conditions_are_repeated_for_the_city_to_confirm() {
      Kijun kijun = engineWith("acceptedCipherLists: [RECOMMENDED, MONITORED]\n");
      Finding f = assess(kijun, store("2029-03-31", "algorithm: 3DES-CBC"));
      assertThat(reasonsEn(f)).contains("at most 2^20 blocks per key", "Triple DES only with three distinct keys");
    }
  }

  @Nested
  @DisplayName("TLS versions and guideline tiers")
  class TlsVersions {
    private static final String SUITE = """
              cipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256]
              keyExchangeGroups: [secp256r1]
              certificateKeys: [RSA 3072]
        """;

    @Test
    void the_exception_tier_accepts_tls_1_0_but_never_ssl() {
      Kijun kijun = engineWith("tlsGuidelineTier: SECURITY_EXCEPTION\n");
      assertThat(assess(kijun, transit("2029-03-31", "      tlsVersions: [TLSv1.0, TLSv1.2]\n" + SUITE)).verdict())
          .isEqualTo(Verdict.SATISFIED);
      assertThat(assess(kijun, transit("2029-03-31", "      tlsVersions: [SSLv3, TLSv1.2]\n" + SUITE)).verdict())
          .isEqualTo(Verdict.NOT_SATISFIED);
    }

    @Test
    void the_recommended_tier_accepts_cbc_suites_with_forward_secrecy() {
      assertThat(assess(transit("2029-03-31", "      tlsVersions: [TLSv1.2]\n" + SUITE)).verdict())
          .isEqualTo(Verdict.SATISFIED);
    }

    @Test
    void the_high_security_tier_accepts_only_aead_suites_with_forward_secrecy() {
      Kijun kijun = engineWith("tlsGuidelineTier: HIGH_SECURITY\n");
      Finding f = assess(kijun, transit("2029-03-31", "      tlsVersions: [TLSv1.2]\n" + SUITE));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("the suite TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 is not an AEAD suite with"
          + " ephemeral key exchange");
    }

    @Test
    void a_city_may_require_tls_1_3_only() {
      Kijun kijun = engineWith("minimumTlsVersion: TLSv1.3\n");
      Finding f = assess(kijun, transit("2029-03-31", "      tlsVersions: [TLSv1.2]\n" + SUITE));
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
      assertThat(reasonsEn(f)).contains("TLSv1.2 is accepted; the city requires TLSv1.3 or later");
    }

    @Test
    void unrecognised_suites_are_undetermined_with_close_names() {
      Finding f = assess(transit("2029-03-31", """
                tlsVersions: [TLSv1.2]
                cipherSuites: [TLS_ECDHE_RSA_WITH_CAMELIA_128_GCM_SHA256]
                keyExchangeGroups: [secp256r1]
                certificateKeys: [RSA 3072]
          """));
      assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(f.missingFacts()).containsExactly("/encryption/inTransit/0/cipherSuites/0");
      assertThat(reasonsEn(f)).contains("'camelia' in 'TLS_ECDHE_RSA_WITH_CAMELIA_128_GCM_SHA256'", "Camellia");
    }
  }
}
