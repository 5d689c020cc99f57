package dev.kijun.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TlsVersionTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(TlsVersion.class)
  void every_label_reads_back(TlsVersion version) {
    assertThat(TlsVersion.parse(version.toString())).isEqualTo(version);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "SSLv3, SSL_3_0",
      "SSL 3.0, SSL_3_0",
      "sslv2, SSL_2_0",
      "TLS 1.0, TLS_1_0",
      "tls1.2, TLS_1_2",
      "TLS_1_3, TLS_1_3"
  })
  void reads_the_usual_spellings(String text, TlsVersion expected) {
    assertThat(TlsVersion.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"TLS 1.4", "QUIC"})
  void rejects_others(String text) {
    assertThatThrownBy(() -> TlsVersion.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SSLv3, TLSv1.0");
  }
}
