package dev.kijun.catalog.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("AlgorithmNames reads algorithms and cipher suites the ways vendors write them")
class AlgorithmNamesTest {
  private static final AlgorithmNames NAMES = CryptrecList.load().names();

  private static String read(String text) {
    ParsedAlgorithm p = NAMES.parse(text);
    assertThat(p.unknownWords()).as("unknown words in '%s'", text).isEmpty();
    return String.join(" ", p.names());
  }

  @Nested
  @DisplayName("normalisation")
  class Normalisation {
    @Test
    void full_width_letters_digits_and_dashes_become_ascii() {
      assertThat(AlgorithmNames.normalise("ＡＥＳ－２５６")).isEqualTo("aes-256");
      assertThat(read("ＡＥＳ－２５６－ＧＣＭ")).isEqualTo("AES-256 GCM");
    }

    @Test
    void the_ideographic_space_and_japanese_brackets_separate_words() {
      assertThat(AlgorithmNames.normalise("AES\u3000256ビット")).isEqualTo("aes 256ビット");
      assertThat(read("AES\u3000256ビット（ＧＣＭモード）")).isEqualTo("AES-256 GCM");
    }

    @Test
    void other_dashes_and_the_long_vowel_mark_between_ascii_become_hyphens() {
      assertThat(AlgorithmNames.normalise("AES\u2013256\u2212GCM")).isEqualTo("aes-256-gcm");
      assertThat(AlgorithmNames.normalise("AESー256")).isEqualTo("aes-256");
    }

    @Test
    void sha_512_256_stays_one_name_and_v1_5_one_word() {
      assertThat(AlgorithmNames.normalise("SHA-512/256")).isEqualTo("sha512t256");
      assertThat(AlgorithmNames.normalise("RSASSA-PKCS1-v1_5")).isEqualTo("rsassa-pkcs1-v15");
    }
  }

  @Nested
  @DisplayName("JCA names")
  class Jca {
    @Test
    void transformation_with_padding() {
      assertThat(read("AES/GCM/NoPadding")).isEqualTo("AES GCM");
      assertThat(read("DESede/CBC/PKCS5Padding")).isEqualTo("Triple DES CBC");
    }

    @Test
    void rsa_transformations_name_their_scheme_and_drop_the_meaningless_ecb() {
      assertThat(read("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")).isEqualTo("RSA-OAEP SHA-256");
      assertThat(read("RSA/ECB/PKCS1Padding")).isEqualTo("RSAES-PKCS1-v1_5");
    }

    @Test
    void signature_and_mac_names() {
      assertThat(read("SHA256withRSA")).isEqualTo("SHA-256 RSASSA-PKCS1-v1_5");
      assertThat(read("SHA384withRSA/PSS")).isEqualTo("SHA-384 RSA-PSS");
      assertThat(read("SHA256withECDSA")).isEqualTo("SHA-256 ECDSA");
      assertThat(read("HmacSHA256")).isEqualTo("HMAC SHA-256");
    }
  }

  @Nested
  @DisplayName("OpenSSL cipher names")
  class OpenSslCiphers {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "aes-256-gcm, AES-256 GCM",
        "aes-128-cbc, AES-128 CBC",
        "aes-256-xts, AES-256 XTS",
        "camellia-256-cbc, Camellia-256 CBC",
        "des-ede3-cbc, Triple DES CBC",
        "chacha20-poly1305, ChaCha20-Poly1305",
        "rc4, RC4",
        "id-aes256-wrap-pad, ''"
    })
    void reads(String text, String expected) {
      ParsedAlgorithm p = NAMES.parse(text);
      if (expected.isEmpty()) {
        assertThat(p.understood()).isFalse();
      } else {
        assertThat(p.unknownWords()).isEmpty();
        assertThat(String.join(" ", p.names())).isEqualTo(expected);
      }
    }
  }

  @Nested
  @DisplayName("prose")
  class Prose {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "AES-256 (GCM); AES-256 GCM",
        "AES256-GCM; AES-256 GCM",
        "AES_256_GCM; AES-256 GCM",
        "AES 256ビット; AES-256",
        "AES256ビットGCMモード; AES-256 GCM",
        "256-bit AES; AES-256",
        "RSA 2048bit; RSA-2048",
        "RSA-3072; RSA-3072",
        "RSA 2048 ビット; RSA-2048",
        "RSA-OAEP 3072; RSA-OAEP-3072",
        "ECDSA P-256; ECDSA P-256",
        "EC secp384r1; EC P-384",
        "Ed25519; Ed25519",
        "Triple DES; Triple DES",
        "3DES; Triple DES",
        "Camellia 128 CTR; Camellia-128 CTR",
        "SHA-2 (256); SHA-256",
        "SHA3-256; SHA3-256",
        "SHA-512/256; SHA-512/256",
        "HMAC-SHA-1; HMAC SHA-1",
        "ML-KEM-768; ML-KEM-768",
        "KCipher-2; KCipher-2",
        "共通鍵暗号 AES 鍵長256ビット; AES-256",
        "楕円曲線 P-256; EC P-256"
    })
    void reads(String text, String expected) {
      assertThat(read(text)).isEqualTo(expected);
    }

    @Test
    void sizes_come_from_named_curves_and_groups() {
      ParsedAlgorithm p = NAMES.parse("x25519");
      assertThat(p.terms()).singleElement().satisfies(t -> {
        assertThat(t.kind()).isEqualTo(Term.Kind.NAMED);
        assertThat(t.bits()).isEqualTo(255);
      });
      assertThat(read("ffdhe3072")).isEqualTo("ffdhe3072");
      assertThat(read("X25519MLKEM768")).isEqualTo("X25519 ML-KEM-768");
    }
  }

  @Nested
  @DisplayName("unknown names")
  class Unknown {
    @Test
    void a_misspelt_mode_is_unknown_and_close_names_are_offered() {
      ParsedAlgorithm p = NAMES.parse("AES-256-GMC");
      assertThat(p.unknownWords()).containsExactly("gmc");
      assertThat(NAMES.closeNames("gmc")).contains("GCM");
    }

    @Test
    void a_misspelt_cipher_gets_its_correct_spelling_offered() {
      ParsedAlgorithm p = NAMES.parse("Camelia-128-CBC");
      assertThat(p.unknownWords()).as("the key length has no known cipher to belong to").containsExactly("camelia",
          "128");
      assertThat(NAMES.closeNames("camelia")).startsWith("Camellia");
    }

    @Test
    void a_word_that_only_begins_with_a_known_name_is_not_guessed() {
      ParsedAlgorithm p = NAMES.parse("desktop encryption");
      assertThat(p.terms()).isEmpty();
      assertThat(p.unknownWords()).containsExactly("desktop");
    }

    @Test
    void a_stray_number_is_not_dropped() {
      ParsedAlgorithm p = NAMES.parse("AES-256 GCM 96");
      assertThat(p.unknownWords()).containsExactly("96");
    }

    @Test
    void nothing_close_means_no_suggestions() {
      assertThat(NAMES.closeNames("zzzzqqq")).isEmpty();
    }
  }

  @Nested
  @DisplayName("cipher suites")
  class Suites {
    @Test
    void iana_tls_1_2_suite_decomposes_into_all_its_parts() {
      CipherSuiteName s = NAMES.parseSuite("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
      assertThat(s.understood()).isTrue();
      assertThat(s.tls13()).isFalse();
      assertThat(s.keyExchange().name()).isEqualTo("ECDH");
      assertThat(s.ephemeral()).isTrue();
      assertThat(s.authentication().name()).isEqualTo("ECDSA");
      assertThat(s.cipher()).hasToString("AES-256");
      assertThat(s.mode().name()).isEqualTo("GCM");
      assertThat(s.hash().name()).isEqualTo("SHA-384");
      assertThat(s.aead()).isTrue();
      assertThat(s.hmac()).isFalse();
    }

    @Test
    void iana_tls_1_3_suite_has_no_key_exchange_or_authentication_in_its_name() {
      CipherSuiteName s = NAMES.parseSuite("TLS_AES_128_GCM_SHA256");
      assertThat(s.tls13()).isTrue();
      assertThat(s.keyExchange()).isNull();
      assertThat(s.authentication()).isNull();
      assertThat(s.forwardSecret()).isTrue();
      assertThat(s.cipher()).hasToString("AES-128");
      assertThat(s.hash().name()).isEqualTo("SHA-256");
    }

    @Test
    void openssl_suite_names_are_the_same_suites() {
      CipherSuiteName s = NAMES.parseSuite("ECDHE-RSA-AES128-GCM-SHA256");
      assertThat(s.keyExchange().name()).isEqualTo("ECDH");
      assertThat(s.authentication().name()).isEqualTo("RSASSA-PKCS1-v1_5");
      assertThat(s.cipher()).hasToString("AES-128");
      assertThat(s.mode().name()).isEqualTo("GCM");
      assertThat(s.hash().name()).isEqualTo("SHA-256");
    }

    @Test
    void openssl_omits_cbc_and_rsa_key_transport() {
      CipherSuiteName s = NAMES.parseSuite("AES128-SHA");
      assertThat(s.keyExchange().name()).isEqualTo("RSAES-PKCS1-v1_5");
      assertThat(s.ephemeral()).isFalse();
      assertThat(s.mode().name()).isEqualTo("CBC");
      assertThat(s.hash().name()).isEqualTo("SHA-1");
      assertThat(s.hmac()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "TLS_RSA_WITH_3DES_EDE_CBC_SHA; RSAES-PKCS1-v1_5; ; Triple DES; CBC; SHA-1",
        "TLS_RSA_WITH_RC4_128_SHA; RSAES-PKCS1-v1_5; ; RC4-128; ; SHA-1",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256; ECDH; RSASSA-PKCS1-v1_5; ChaCha20-Poly1305; ; SHA-256",
        "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256; DH; RSASSA-PKCS1-v1_5; AES-128; CBC; SHA-256",
        "TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256; ECDH; RSASSA-PKCS1-v1_5; Camellia-128; GCM; SHA-256",
        "TLS_DH_anon_WITH_AES_128_CBC_SHA; DH; anonymous; AES-128; CBC; SHA-1",
        "TLS_ECDHE_ECDSA_WITH_AES_128_CCM; ECDH; ECDSA; AES-128; CCM; ",
        "TLS_AES_128_CCM_8_SHA256; ; ; AES-128; CCM; SHA-256",
        "TLS_SM4_GCM_SM3; ; ; SM4; GCM; SM3",
        "TLS_RSA_WITH_NULL_SHA256; RSAES-PKCS1-v1_5; ; NULL; ; SHA-256",
        "DES-CBC3-SHA; RSAES-PKCS1-v1_5; ; Triple DES; CBC; SHA-1",
        "EDH-RSA-DES-CBC3-SHA; DH; RSASSA-PKCS1-v1_5; Triple DES; CBC; SHA-1",
        "ECDHE-ECDSA-CHACHA20-POLY1305; ECDH; ECDSA; ChaCha20-Poly1305; ; ",
        "DHE-RSA-AES256-SHA256; DH; RSASSA-PKCS1-v1_5; AES-256; CBC; SHA-256",
        "RC4-MD5; RSAES-PKCS1-v1_5; ; RC4; ; MD5",
        "ecdhe-rsa-aes256-gcm-sha384; ECDH; RSASSA-PKCS1-v1_5; AES-256; GCM; SHA-384"
    })
    void decomposes(String suite, String kx, String auth, String cipher, String mode, String hash) {
      CipherSuiteName s = NAMES.parseSuite(suite);
      assertThat(s.unknownWords()).isEmpty();
      assertThat(s.keyExchange() == null ? null : s.keyExchange().name()).isEqualTo(kx);
      assertThat(s.authentication() == null ? null : s.authentication().name()).isEqualTo(auth);
      assertThat(s.cipher()).hasToString(cipher);
      assertThat(s.mode() == null ? null : s.mode().name()).isEqualTo(mode);
      assertThat(s.hash() == null ? null : s.hash().name()).isEqualTo(hash);
    }

    @Test
    void an_integrity_only_tls_1_3_suite_does_not_encrypt() {
      CipherSuiteName s = NAMES.parseSuite("TLS_SHA256_SHA256");
      assertThat(s.understood()).isTrue();
      assertThat(s.cipher().name()).isEqualTo("NULL");
    }

    @Test
    void an_algorithm_is_not_a_cipher_suite() {
      assertThat(NAMES.parseSuite("AES-256-GCM").understood()).isFalse();
    }

    @Test
    void an_unknown_suite_word_is_reported() {
      CipherSuiteName s = NAMES.parseSuite("TLS_ECDHE_RSA_WITH_AES_128_GMC_SHA256");
      assertThat(s.unknownWords()).containsExactly("gmc");
    }
  }
}
