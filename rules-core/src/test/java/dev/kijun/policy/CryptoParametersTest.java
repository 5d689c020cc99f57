package dev.kijun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.io.DocumentReader;
import dev.kijun.io.InvalidInputException;
import dev.kijun.model.ModuleStandard;
import dev.kijun.model.TlsVersion;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Parameters for B2-22 and B2-38: defaults, policy files and validation")
class CryptoParametersTest {

  private static Parameters read(String yaml) {
    return DocumentReader.of(Parameters.class).read("policy.yaml", yaml.getBytes(StandardCharsets.UTF_8)).value();
  }

  @Test
  void defaults_accept_only_the_recommended_list_and_the_recommended_tls_tier() {
    Parameters p = Parameters.defaults();
    assertThat(p.acceptedCipherLists()).containsExactly(CipherList.RECOMMENDED);
    assertThat(p.tlsGuidelineTier()).isEqualTo(TlsGuidelineTier.RECOMMENDED_SECURITY);
    assertThat(p.minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_2);
    assertThat(p.acceptedModuleStandards()).containsExactlyInAnyOrder(ModuleStandard.FIPS_140_3, ModuleStandard.JCMVP);
    assertThat(p.minimumModuleLevel()).isEqualTo(3);
    assertThat(p.acceptsCipherList(CipherList.CANDIDATE)).isFalse();
    assertThat(p.acceptsCipherList(null)).as("on no list").isFalse();
  }

  @Test
  void a_policy_file_sets_them() {
    Parameters p = read("""
        acceptedCipherLists: [RECOMMENDED, CANDIDATE]
        tlsGuidelineTier: HIGH_SECURITY
        minimumTlsVersion: TLSv1.3
        acceptedModuleStandards: [FIPS_140_2, FIPS_140_3]
        minimumModuleLevel: 2
        """);
    assertThat(p.acceptsCipherList(CipherList.CANDIDATE)).isTrue();
    assertThat(p.tlsGuidelineTier().aeadWithForwardSecrecyOnly()).isTrue();
    assertThat(p.acceptsTlsVersion(TlsVersion.TLS_1_2)).isFalse();
    assertThat(p.acceptsTlsVersion(TlsVersion.TLS_1_3)).isTrue();
    assertThat(p.acceptedModuleStandards()).contains(ModuleStandard.FIPS_140_2);
    assertThat(p.minimumModuleLevel()).isEqualTo(2);
  }

  @Test
  void the_exception_tier_lowers_the_minimum_version_but_ssl_is_never_accepted() {
    Parameters p = read("tlsGuidelineTier: SECURITY_EXCEPTION\n");
    assertThat(p.minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_0);
    assertThat(p.acceptsTlsVersion(TlsVersion.TLS_1_0)).isTrue();
    assertThat(p.acceptsTlsVersion(TlsVersion.SSL_3_0)).isFalse();
  }

  @Test
  void invalid_values_are_rejected_with_the_fix() {
    assertThatThrownBy(() -> read("acceptedCipherLists: [CANDIDATE]\n")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must include RECOMMENDED");
    assertThatThrownBy(() -> read("minimumTlsVersion: SSLv3\n")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("SSL is never acceptable");
    assertThatThrownBy(() -> read("minimumModuleLevel: 5\n")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 1 and 4");
    assertThatThrownBy(() -> new Parameters(null, null, null, null, null, null, null, null, null, null, Set.of(),
        null, null, null, null, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acceptedCipherLists must not be empty");
  }
}
