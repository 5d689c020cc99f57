package dev.kijun.catalog.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("StrengthTable: security strength by key length, and until when each strength may be used")
class StrengthTableTest {
  private static final StrengthTable TABLE = CryptrecList.load().strength();

  @ParameterizedTest(name = "{0} {1}-bit: {2}-bit strength")
  @CsvSource({
      "IFC, 1024, 80",
      "IFC, 2048, 112",
      "IFC, 3072, 128",
      "IFC, 4096, 128",
      "IFC, 7680, 192",
      "IFC, 15360, 256",
      "FFC, 2048, 112",
      "ECC, 224, 112",
      "ECC, 256, 128",
      "ECC, 384, 192",
      "ECC, 521, 256",
      "SYMMETRIC, 128, 128",
      "SYMMETRIC, 192, 192",
      "SYMMETRIC, 256, 256",
      "IFC, 512, 0"
  })
  void strength_of_a_key_length(StrengthFamily family, int bits, int strength) {
    assertThat(TABLE.strengthOf(family, bits)).contains(strength);
  }

  @Test
  void triple_des_has_its_own_strengths() {
    assertThat(TABLE.strengthOf(StrengthFamily.SYMMETRIC, "Triple DES", 168)).contains(112);
    assertThat(TABLE.strengthOf(StrengthFamily.SYMMETRIC, "Triple DES", 112)).contains(80);
    assertThat(TABLE.strengthOf(StrengthFamily.SYMMETRIC, "AES", 168)).as("thresholds for anything else")
        .contains(128);
  }

  @Test
  void named_curves_and_groups_give_their_strength() {
    assertThat(TABLE.named("P-224")).get().extracting(StrengthTable.NamedParameters::strength).isEqualTo(112);
    assertThat(TABLE.named("X25519")).get().satisfies(p -> {
      assertThat(p.strength()).isEqualTo(128);
      assertThat(p.confidence()).isEqualTo(Confidence.UNVERIFIED);
    });
    assertThat(TABLE.named("ffdhe2048")).get().extracting(StrengthTable.NamedParameters::strength).isEqualTo(112);
    assertThat(TABLE.named("ML-KEM-768")).get().extracting(StrengthTable.NamedParameters::strength)
        .isEqualTo(192);
  }

  @Test
  void families_without_thresholds_have_no_strength_by_size() {
    assertThat(TABLE.strengthOf(StrengthFamily.NONE, 128)).isEmpty();
  }

  @Test
  void strength_112_is_usable_only_by_systems_ending_by_2030() {
    assertThat(TABLE.minimumStrength()).isEqualTo(112);
    StrengthTable.Period p112 = TABLE.periodOf(112).orElseThrow();
    assertThat(p112.usableUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(p112.confidence()).isEqualTo(Confidence.CONFIRMED_SECONDARY);
    assertThat(p112.verified()).isFalse();
  }

  @Test
  void strength_128_is_usable_until_2050_on_an_unverified_reading_and_192_without_end() {
    StrengthTable.Period p128 = TABLE.periodOf(128).orElseThrow();
    assertThat(p128.usableUntil()).isEqualTo(LocalDate.of(2050, 12, 31));
    assertThat(p128.confidence()).isEqualTo(Confidence.UNVERIFIED);
    assertThat(TABLE.periodOf(192).orElseThrow().usableUntil()).isNull();
    assertThat(TABLE.periodOf(224).orElseThrow().strength()).as("between rows: the row below").isEqualTo(192);
    assertThat(TABLE.periodOf(80)).as("below the minimum").isEmpty();
  }
}
