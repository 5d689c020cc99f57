package dev.kijun.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ModelBoundsTest {

  @Test
  void a_negative_notice_period_names_the_field_and_the_fix() {
    assertThatThrownBy(() -> new ChangeNotice(Period.ofMonths(-6), null, null))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("noticePeriod P-6M is negative")
        .hasMessageContaining("e.g. P6M")
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("noticePeriod"));
  }

  @Test
  void a_period_with_one_negative_part_is_negative() {
    assertThatThrownBy(() -> new ChangeNotice(Period.of(1, -6, 0), null, null))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("is negative");
  }

  @Test
  void a_period_over_a_hundred_years_is_refused_and_a_hundred_years_is_not() {
    assertThatThrownBy(() -> new ChangeNotice(Period.ofYears(999), null, null))
        .hasMessageContaining("longer than 100 years");
    assertThatThrownBy(() -> new ChangeNotice(Period.ofDays(36_526), null, null))
        .hasMessageContaining("longer than 100 years");
    assertThat(new ChangeNotice(Period.ofYears(100), null, null).noticePeriod()).isEqualTo(Period.ofYears(100));
  }

  @Test
  void a_zero_notice_period_is_a_declaration_not_an_error() {
    assertThat(new ChangeNotice(Period.ZERO, null, null).noticePeriod()).isEqualTo(Period.ZERO);
  }

  @Test
  void durations_are_bounded_like_periods() {
    assertThatThrownBy(() -> new IncidentResponse(null, null, Duration.ofHours(-24), null, null, null, null, null,
        null)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("reportDeadline PT-24H is negative");
    assertThatThrownBy(() -> new VulnerabilityManagement(null, null, Duration.ofDays(40_000)))
        .hasMessageContaining("remediationDeadline").hasMessageContaining("longer than 100 years");
  }

  @Test
  void dates_lie_between_2000_and_2100() {
    assertThatThrownBy(() -> ServiceProfile.builder("p").useUntil(LocalDate.of(0, 1, 1)).build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("useUntil 0000-01-01 is out of range")
        .hasMessageContaining("between 2000-01-01 and 2100-12-31");
    assertThatThrownBy(() -> new Certification(CertificationScheme.ISMAP, "C1", LocalDate.of(9999, 12, 31), null))
        .hasMessageContaining("validUntil 9999-12-31 is out of range");
    assertThatThrownBy(() -> new Evidence(EvidenceKind.DOCUMENT, "x", LocalDate.of(1999, 12, 31), null))
        .hasMessageContaining("date 1999-12-31 is out of range");
    assertThatCode(() -> ServiceProfile.builder("p").useUntil(LocalDate.of(2100, 12, 31)).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> ServiceProfile.builder("p").useUntil(LocalDate.of(2000, 1, 1)).build())
        .doesNotThrowAnyException();
  }

  @Test
  void whole_numbers_stay_in_their_ranges() {
    assertThatThrownBy(() -> new Credentials(true, -8, null)).hasMessageContaining("minimumPasswordLength -8");
    assertThatThrownBy(() -> new ModuleValidation(ModuleStandard.FIPS_140_3, 5, null))
        .hasMessageContaining("level 5 is out of range: it must be between 1 and 4");
    assertThatThrownBy(() -> new StoreEncryption("db", null, "AES", 0, null)).hasMessageContaining("keyBits 0");
    assertThat(new Credentials(true, 0, null).minimumPasswordLength()).isZero();
  }

  @Test
  void a_profile_needs_an_id_that_is_not_blank() {
    assertThatThrownBy(() -> ServiceProfile.builder(null).build())
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("missing required field 'id'");
    assertThatThrownBy(() -> ServiceProfile.builder(" \u3000").build())
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("'id' is blank");
  }

  @Test
  void evidence_needs_a_kind() {
    assertThatThrownBy(() -> new Evidence(null, "第30条", null, null))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("missing required field 'kind'")
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("kind"));
  }
}
