package dev.kijun.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeNormalisationTest {

  @Test
  void a_country_code_in_full_width_letters_reads_as_ascii() {
    assertThat(CountryCode.of("ＪＰ")).isEqualTo(CountryCode.JAPAN);
    assertThat(CountryCode.of("jp\u3000")).isEqualTo(CountryCode.JAPAN);
  }

  @Test
  void a_region_in_full_width_characters_reads_as_ascii() {
    assertThat(RegionRef.parse("ＡＷＳ:ap-northeast-１")).isEqualTo(new RegionRef("aws", "ap-northeast-1"));
  }

  @Test
  void a_tls_version_in_full_width_characters_reads_as_ascii() {
    assertThat(TlsVersion.parse("ＴＬＳｖ１．２")).isEqualTo(TlsVersion.TLS_1_2);
  }

  @Test
  void a_storage_location_normalises_its_provider_and_region_but_not_its_site() {
    StorageLocation location = new StorageLocation(StorageKind.PRIMARY, null, "ａｗｓ", "ap-northeast-１",
        "東京　第１センター", null, null);
    assertThat(location.provider()).isEqualTo("aws");
    assertThat(location.region()).isEqualTo("ap-northeast-1");
    assertThat(location.site()).isEqualTo("東京　第１センター");
  }

  @Test
  void a_region_needs_both_a_provider_and_a_code() {
    assertThatThrownBy(() -> new RegionRef("aws", "\u3000")).hasMessageContaining("needs both a provider and a code");
  }
}
