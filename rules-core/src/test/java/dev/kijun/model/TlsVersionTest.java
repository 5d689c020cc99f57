package dev.kijun.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TlsVersionTest {
  @Test
  void every_version_reads_back_from_its_own_label_and_common_spellings() {
    for (TlsVersion v : TlsVersion.values()) {
      assertThat(TlsVersion.parse(v.toString())).isEqualTo(v);
      assertThat(TlsVersion.parse(v.name())).isEqualTo(v);
    }
    assertThat(TlsVersion.parse("TLS 1.2")).isEqualTo(TlsVersion.TLS_1_2);
    assertThat(TlsVersion.parse("tls1.3")).isEqualTo(TlsVersion.TLS_1_3);
    assertThat(TlsVersion.parse("TLSv1")).isEqualTo(TlsVersion.TLS_1_0);
    assertThat(TlsVersion.parse("SSL 3.0")).isEqualTo(TlsVersion.SSL_3_0);
  }

  @Test
  void an_unknown_version_lists_the_known_ones() {
    assertThatThrownBy(() -> TlsVersion.parse("TLSv1.4")).hasMessageContaining("TLSv1.2, TLSv1.3");
  }
}
