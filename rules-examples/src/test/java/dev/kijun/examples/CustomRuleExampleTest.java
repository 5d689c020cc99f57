package dev.kijun.examples;

import static dev.kijun.test.KijunAssertions.assertThat;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.CustomCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The city's own criterion ORG-01 (a current ISMAP registration), loaded beside the standard catalog. */
class CustomRuleExampleTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static Kijun kijun;

  @BeforeAll
  static void build() {
    kijun = Kijun.builder()
        .catalog(StandardCatalog.load())
        .catalog(CustomCatalog.load(Path.of("custom-rules")))
        .build();
  }

  static ServiceProfile profile(String yaml) {
    return ProfileReader.create().read("profile.yaml", "id: vendor\n" + yaml);
  }

  @Test
  void satisfied_with_a_current_registration() {
    assertThat(kijun.assess(profile("certifications: [{scheme: ISMAP, registrationNumber: C21-0001-1, validUntil: 2027-06-30}]"), DAY))
        .criterion("ORG-01").isSatisfied().hasReasonContaining("C21-0001-1 is valid until 2027-06-30");
  }

  @Test
  void not_satisfied_when_the_registration_has_expired() {
    assertThat(kijun.assess(profile("certifications: [{scheme: ISMAP, registrationNumber: C21-0001-1, validUntil: 2026-06-30}]"), DAY))
        .criterion("ORG-01").isNotSatisfied().hasReasonContaining("有効期限が切れています");
  }

  @Test
  void a_renewed_registration_outweighs_the_expired_one() {
    assertThat(kijun.assess(profile("""
        certifications:
          - {scheme: ISMAP, registrationNumber: C21-0001-1, validUntil: 2026-06-30}
          - {scheme: ISMAP, registrationNumber: C21-0001-2, validUntil: 2027-10-31}
        """), DAY)).criterion("ORG-01").isSatisfied();
  }

  @Test
  void undetermined_when_no_registration_is_declared() {
    assertThat(kijun.assess(profile("certifications: [{scheme: ISO_27001, registrationNumber: IS 1234}]"), DAY))
        .criterion("ORG-01").isUndetermined().hasMissingFact("/certifications");
  }

  @Test
  void undetermined_when_the_validity_is_not_declared() {
    assertThat(kijun.assess(profile("certifications: [{scheme: ISMAP, registrationNumber: C21-0001-1}]"), DAY))
        .criterion("ORG-01").isUndetermined().hasReasonContaining("validity of the ISMAP registration C21-0001-1");
  }

  @Test
  void the_custom_criterion_appears_beside_the_standard_ones() {
    assertThat(kijun.assess(profile(""), DAY)).criterion("B2-02").isUndetermined()
        .and().criterion("ORG-01").isUndetermined();
  }
}
