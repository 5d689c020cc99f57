package dev.kijun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.catalog.crypto.CryptrecList;
import dev.kijun.catalog.facts.CipherComponent;
import dev.kijun.catalog.facts.CipherProblem;
import dev.kijun.catalog.facts.CipherRole;
import dev.kijun.catalog.facts.EncryptionPath;
import dev.kijun.catalog.facts.Flow;
import dev.kijun.catalog.facts.ProblemKind;
import dev.kijun.catalog.facts.TlsProtocol;
import dev.kijun.catalog.facts.TlsSuite;
import dev.kijun.io.ProfileReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("CryptoFacts derives judged facts from every declared algorithm")
class CryptoFactsTest {
  private static final CryptoFacts FACTS = new CryptoFacts(CryptrecList.load());
  private static final LocalDate TODAY = Fixtures.AS_OF;

  private static List<Object> facts(String yaml) {
    List<Object> out = new ArrayList<>();
    FACTS.contribute(ProfileReader.create().read("inline.yaml", "id: inline\n" + yaml), out::add);
    return out;
  }

  private static <T> List<T> of(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static CipherComponent only(String yaml, String algorithm) {
    return of(facts(yaml), CipherComponent.class).stream().filter(c -> c.algorithm().equals(algorithm))
        .findFirst().orElseThrow(() -> new AssertionError("no component " + algorithm + " in " + facts(yaml)));
  }

  @ParameterizedTest(name = "{0}: 2030-12-31 ok, 2031-01-01 not")
  @CsvSource(delimiter = ';', value = {
      "'encryption: {inTransit: [{channel: c, encrypted: true, certificateKeys: [RSA 2048]}]}'; RSASSA-PKCS1-v1_5",
      "'encryption: {inTransit: [{channel: c, encrypted: true, certificateKeys: [ECDSA P-224]}]}'; ECDSA",
      "'encryption: {atRest: [{store: s, encrypted: true, algorithm: 3DES-CBC}]}'; Triple DES"
  })
  void strength_112_ends_with_2030(String yaml, String algorithm) {
    CipherComponent c = only(yaml, algorithm);
    assertThat(c.strength()).isEqualTo(112);
    assertThat(c.usableUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(c.withinPeriod(TODAY, LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(c.outlives(TODAY, LocalDate.of(2030, 12, 31))).isFalse();
    assertThat(c.withinPeriod(TODAY, LocalDate.of(2031, 1, 1))).isFalse();
    assertThat(c.outlives(TODAY, LocalDate.of(2031, 1, 1))).isTrue();
    assertThat(c.periodUnknown(TODAY, null)).isTrue();
    assertThat(c.outlives(LocalDate.of(2031, 1, 1), null)).as("assessed in 2031, the service is in use then")
        .isTrue();
    assertThat(c.serviceEnd(TODAY, LocalDate.of(2020, 1, 1))).as("an end in the past: in use today").isEqualTo(TODAY);
  }

  @Test
  void a_tls_suite_decomposes_into_one_component_per_part() {
    List<Object> facts = facts("""
        encryption:
          inTransit:
            - channel: web
              encrypted: true
              tlsVersions: [TLSv1.2]
              cipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256]
              keyExchangeGroups: [secp256r1]
              certificateKeys: [RSA 3072]
        """);
    assertThat(of(facts, CipherComponent.class))
        .filteredOn(c -> c.pointer().equals("/encryption/inTransit/0/cipherSuites/0"))
        .extracting(CipherComponent::role, CipherComponent::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CipherRole.KEY_EXCHANGE, "ECDHE"),
            org.assertj.core.groups.Tuple.tuple(CipherRole.AUTHENTICATION, "RSASSA-PKCS1-v1_5"),
            org.assertj.core.groups.Tuple.tuple(CipherRole.ENCRYPTION, "AES (128)"),
            org.assertj.core.groups.Tuple.tuple(CipherRole.MODE, "CBC"),
            org.assertj.core.groups.Tuple.tuple(CipherRole.MAC, "HMAC"),
            org.assertj.core.groups.Tuple.tuple(CipherRole.MAC, "SHA-256"));
    assertThat(of(facts, TlsSuite.class)).singleElement().satisfies(s -> {
      assertThat(s.aead()).isFalse();
      assertThat(s.forwardSecret()).isTrue();
    });
    assertThat(of(facts, TlsProtocol.class)).extracting(TlsProtocol::pointer)
        .containsExactly("/encryption/inTransit/0/tlsVersions/0");
    assertThat(of(facts, CipherProblem.class)).isEmpty();
  }

  @Test
  void groups_and_certificate_keys_carry_the_strength_of_the_key_exchange_and_authentication() {
    List<Object> facts = facts("""
        encryption:
          inTransit:
            - channel: web
              encrypted: true
              keyExchangeGroups: [X25519MLKEM768, ffdhe3072]
              certificateKeys: [Ed25519]
        """);
    assertThat(of(facts, CipherComponent.class)).extracting(CipherComponent::label, CipherComponent::strength)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ECDH (X25519)", 128),
            org.assertj.core.groups.Tuple.tuple("ML-KEM-768", 192),
            org.assertj.core.groups.Tuple.tuple("DH (ffdhe3072)", 128),
            org.assertj.core.groups.Tuple.tuple("EdDSA (Ed25519)", 128));
  }

  @Test
  void xts_outside_storage_breaks_its_condition() {
    CipherComponent xts = only("""
        keyManagement: {providerManaged: true, keyGenerationAlgorithm: AES-256-XTS}
        """, "XTS");
    assertThat(xts.flow()).isEqualTo(Flow.KEY_GENERATION);
    assertThat(xts.unmetEn()).containsExactly("XTS only for encrypting storage devices (NIST SP 800-38E)");
  }

  @Test
  void an_xts_key_of_512_bits_is_two_aes_256_keys() {
    CipherComponent aes = only("encryption: {atRest: [{store: s, encrypted: true, algorithm: AES, keyBits: 512,"
        + " mode: XTS}]}", "AES");
    assertThat(aes.keyBits()).isEqualTo(256);
    assertThat(aes.keySizePermitted()).isTrue();
  }

  @Test
  void a_mode_field_that_is_not_a_mode_is_unrecognised() {
    List<Object> facts = facts("encryption: {atRest: [{store: s, encrypted: true, algorithm: AES-256, mode: GMC}]}");
    assertThat(of(facts, CipherProblem.class)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(ProblemKind.UNRECOGNISED);
      assertThat(p.missingFact()).isEqualTo("/encryption/atRest/0/mode");
      assertThat(p.suggestions()).contains("GCM");
    });
  }

  @Test
  void an_unencrypted_store_gives_its_path_and_nothing_to_judge() {
    List<Object> facts = facts("encryption: {atRest: [{store: s, encrypted: false, algorithm: AES-256-GCM}]}");
    assertThat(of(facts, EncryptionPath.class)).singleElement().extracting(EncryptionPath::declaredUnencrypted)
        .isEqualTo(true);
    assertThat(of(facts, CipherComponent.class)).isEmpty();
  }

  @Test
  void key_generation_is_derived_only_when_the_provider_manages_the_keys() {
    assertThat(facts("keyManagement: {providerManaged: false, keyGenerationAlgorithm: AES-256}")).isEmpty();
    assertThat(of(facts("keyManagement: {keyGenerationAlgorithm: RSA 3072}"), CipherComponent.class))
        .singleElement().satisfies(c -> {
          assertThat(c.label()).isEqualTo("RSA (3072)");
          assertThat(c.role()).isEqualTo(CipherRole.KEY);
          assertThat(c.strength()).isEqualTo(128);
        });
  }

  @Test
  void a_problem_kind_can_only_be_made_where_a_rule_judges_it() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CipherProblem("/x", Flow.KEY_GENERATION, "w", "d",
        ProblemKind.NEEDS_GROUPS, "", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no rule would judge it");
  }
}
