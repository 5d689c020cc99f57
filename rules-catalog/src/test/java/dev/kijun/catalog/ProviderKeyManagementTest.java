package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.engine.Kijun;
import dev.kijun.io.DocumentReader;
import dev.kijun.io.ProfileReader;
import dev.kijun.policy.Parameters;
import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-38 the provider's key management carries no risk across the key lifecycle")
class ProviderKeyManagementTest {
  private static final String B2_38 = "B2-38";

  private static String keyManagement(String module, String algorithm) {
    return """
        id: inline
        useUntil: 2032-03-31
        keyManagement:
          providerManaged: true
          lifecycleStagesCovered: [GENERATION, STORAGE, USE, ROTATION, BACKUP, DESTRUCTION]
          moduleValidation: %s
          keyGenerationAlgorithm: %s
          keysNonExportable: true
        """.formatted(module, algorithm);
  }

  private static Finding assess(Kijun kijun, String yaml) {
    return kijun.assess(ProfileReader.create().read("inline.yaml", yaml), Fixtures.AS_OF).finding(B2_38)
        .orElseThrow();
  }

  private static Kijun engineWith(String policyYaml) {
    Parameters parameters = DocumentReader.of(Parameters.class)
        .read("policy.yaml", policyYaml.getBytes(StandardCharsets.UTF_8)).value();
    return Kijun.builder().catalog(StandardCatalog.load()).parameters(parameters).build();
  }

  @Test
  void satisfied_with_a_fips_140_3_level_3_module_covering_every_stage() {
    Finding f = finding(B2_38, "satisfied-fips-140-3-level-3-hsm-generating-aes-256-keys");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("validated under FIPS_140_3 at level 3 (certificate CMVP #4884)",
        "Every stage of the key lifecycle, from generation to destruction, is covered (GENERATION, STORAGE, USE,"
            + " ROTATION, BACKUP, DESTRUCTION)",
        "AES (256) (declared as 'AES-256') is on the e-Government Recommended Ciphers List");
    assertThat(f.part("key-generation").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void not_applicable_when_the_city_does_not_use_the_providers_key_management() {
    Finding f = finding(B2_38, "not-applicable-city-manages-its-own-keys");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(reasonsJa(f)).contains("鍵管理機能を利用しないため、本基準は対象外です");
  }

  @Test
  void missing_lifecycle_stages_are_named() {
    Finding f = finding(B2_38, "not-satisfied-backup-and-destruction-not-covered");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("lifecycle").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("module").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("The BACKUP stage of the key lifecycle is not covered (covered: GENERATION,"
        + " STORAGE, USE, ROTATION)", "The DESTRUCTION stage of the key lifecycle is not covered");
    assertThat(reasonsJa(f)).contains("BACKUP の段階が管理されていません");
  }

  @Test
  void a_module_below_the_required_level_is_not_satisfied() {
    Finding f = finding(B2_38, "not-satisfied-software-module-at-level-1");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("validated at FIPS_140_3 level 1; the city requires level 3 or higher");
  }

  @Test
  void a_city_may_accept_a_lower_level() {
    Kijun kijun = engineWith("minimumModuleLevel: 1\n");
    Finding f = assess(kijun, keyManagement("{standard: FIPS_140_3, level: 1, certificate: \"#9999\"}", "AES-256"));
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void fips_140_2_is_not_accepted_by_default_and_the_reason_says_why() {
    Finding f = assess(Fixtures.engine(),
        keyManagement("{standard: FIPS_140_2, level: 3, certificate: \"#3139\"}", "AES-256"));
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("(#3139) is validated under FIPS 140-2 only", "accepted: FIPS_140_3, JCMVP",
        "historical list on 2026-09-21 (date not verified against NIST)");
  }

  @Test
  void a_jcmvp_validation_is_accepted() {
    Finding f = assess(Fixtures.engine(),
        keyManagement("{standard: JCMVP, level: 3, certificate: \"J0123\"}", "ECDSA P-384"));
    assertThat(f.verdict()).as("%s", f.reasons()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void an_unknown_module_is_undetermined() {
    Finding f = finding(B2_38, "undetermined-module-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/keyManagement/moduleValidation");
  }

  @Test
  void a_module_without_its_programme_level_or_certificate_is_undetermined() {
    Finding f = assess(Fixtures.engine(), keyManagement("{}", "AES-256"));
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/keyManagement/moduleValidation/certificate",
        "/keyManagement/moduleValidation/level", "/keyManagement/moduleValidation/standard");
  }

  @Test
  void exportable_keys_are_not_satisfied() {
    Finding f = assess(Fixtures.engine(), keyManagement("{standard: FIPS_140_3, level: 3, certificate: \"#4884\"}",
        "AES-256").replace("keysNonExportable: true", "keysNonExportable: false"));
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("Plaintext keys can leave the module");
  }

  @Test
  void an_unknown_key_generation_algorithm_is_undetermined() {
    Finding f = finding(B2_38, "undetermined-unknown-key-generation-algorithm");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/keyManagement/keyGenerationAlgorithm");
    assertThat(reasonsEn(f)).contains("'siv' in 'AES-256-SIV' is not an algorithm name Kijun knows");
  }

  @Test
  void rsa_2048_keys_are_not_satisfied_for_a_service_running_into_2031() {
    Finding f = finding(B2_38, "not-satisfied-rsa-2048-keys-for-a-service-running-into-2031");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.part("key-generation").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("RSA (2048) (declared as 'RSA 2048') gives 112-bit security strength, which"
        + " CRYPTREC accepts only for systems whose use ends by 2030-12-31");
  }

  @Test
  void a_key_generation_algorithm_on_no_list_is_not_satisfied() {
    Finding f = assess(Fixtures.engine(), keyManagement("{standard: FIPS_140_3, level: 3, certificate: \"#4884\"}",
        "Blowfish-128"));
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("Blowfish (128) (declared as 'Blowfish-128') is on none of the CRYPTREC lists");
  }

  @Test
  void nothing_declared_is_undetermined_never_satisfied() {
    Finding f = finding(B2_38, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).contains("/keyManagement/providerManaged", "/keyManagement/moduleValidation");
  }
}
