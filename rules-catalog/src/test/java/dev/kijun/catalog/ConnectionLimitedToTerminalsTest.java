package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-16 connections can be limited to specific terminals")
class ConnectionLimitedToTerminalsTest {
  private static final String B2_16 = "B2-16";

  @Test
  void satisfied_when_terminals_are_restricted_naming_the_methods() {
    Finding f = finding(B2_16, "satisfied-ip-allowlist-and-device-certificates");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("can be limited to specific terminals", "by IP_ALLOWLIST, DEVICE_CERTIFICATE");
    assertThat(reasonsJa(f)).contains("接続可能な端末を IP_ALLOWLIST, DEVICE_CERTIFICATE により限定できます");
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("管理者ガイド 4.3 接続元制限");
    assertThat(f.missingFacts()).isEmpty();
  }

  @Test
  void not_satisfied_when_any_terminal_may_connect() {
    Finding f = finding(B2_16, "not-satisfied-any-terminal-may-connect");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(reasonsEn(f)).contains("cannot be limited to specific terminals (terminal restriction: no)");
    assertThat(reasonsJa(f)).contains("接続可能な端末を限定できません（端末の限定: いいえ）");
  }

  @Test
  void undetermined_when_restriction_is_claimed_without_a_method() {
    Finding f = finding(B2_16, "undetermined-methods-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/connectionControl/methods");
    assertThat(reasonsEn(f)).contains("no method is declared");
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = finding(B2_16, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/connectionControl/terminalRestriction");
    assertThat(reasonsEn(f)).contains("It is not declared whether connections to the service can be limited");
  }
}
