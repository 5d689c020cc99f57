package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.criteria.CatalogException;
import dev.kijun.criteria.Level;
import dev.kijun.io.InvalidInputException;
import dev.kijun.model.ChangeNotice;
import dev.kijun.model.Claim;
import dev.kijun.model.NoticeChannel;
import dev.kijun.model.ServiceProfile;
import dev.kijun.policy.Policy;
import dev.kijun.policy.PolicyReader;
import dev.kijun.report.Assessment;
import dev.kijun.report.Verdict;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A municipal policy tightens parameters, drops criteria with a reason, and sets levels. */
class PolicyTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final ServiceProfile SIX_MONTHS = ServiceProfile.builder("p")
      .changeNotice(new ChangeNotice(Period.ofMonths(6), Set.of(NoticeChannel.EMAIL), Claim.of(true))).build();

  @Test
  void a_longer_required_notice_period_turns_six_months_into_not_satisfied() {
    Policy policy = PolicyReader.create().read("policy.yaml", """
        name: 〇〇市 基準 2027
        parameters:
          minimumNoticePeriod: P12M
        """);
    Kijun strict = Kijun.builder().catalog(TestRules.catalog()).policy(policy).build();
    Kijun standard = Kijun.builder().catalog(TestRules.catalog()).build();
    assertThat(standard.assess(SIX_MONTHS, DAY).finding("T-01").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    Assessment a = strict.assess(SIX_MONTHS, DAY);
    assertThat(a.finding("T-01").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.finding("T-01").orElseThrow().reasons().get(0).en()).contains("shorter than 12 months (P12M)");
    assertThat(a.revisions()).containsEntry("policy", "〇〇市 基準 2027");
  }

  @Test
  void a_disabled_criterion_leaves_the_assessment_and_its_reason_is_noted() {
    Policy policy = PolicyReader.create().read("policy.yaml", """
        disabled:
          - {criterion: T-02, reason: 本市では再委託を認めない契約とするため}
        """);
    Assessment a = Kijun.builder().catalog(TestRules.catalog()).policy(policy).build()
        .assess(ServiceProfile.builder("p").build(), DAY);
    assertThat(a.finding("T-02")).isEmpty();
    assertThat(a.notes()).extracting(r -> r.ja()).containsExactly(
        "T-02 は方針「policy」により採用されていません（理由: 本市では再委託を認めない契約とするため）。");
  }

  @Test
  void a_level_can_be_raised() {
    Policy policy = PolicyReader.create().read("policy.yaml", "levels: {T-03: 必須}\n");
    Assessment a = Kijun.builder().catalog(TestRules.catalog()).policy(policy).build()
        .assess(ServiceProfile.builder("p").build(), DAY);
    assertThat(a.finding("T-03").orElseThrow().level()).isEqualTo(Level.REQUIRED);
  }

  @Test
  void an_unknown_key_is_a_clear_error_naming_the_closest_key() {
    assertThatThrownBy(() -> PolicyReader.create().read("policy.yaml", """
        parameters:
          minimumNoticePeriode: P12M
        """))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy.yaml:2:")
        .hasMessageContaining("/parameters/minimumNoticePeriode")
        .hasMessageContaining("did you mean 'minimumNoticePeriod'");
  }

  @Test
  void a_bad_value_is_a_clear_error() {
    assertThatThrownBy(() -> PolicyReader.create().read("policy.yaml", "parameters: {minimumNoticePeriod: P-1M}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("minimumNoticePeriod must be positive");
    assertThatThrownBy(() -> PolicyReader.create().read("policy.yaml", "parameters: {minimumNoticePeriod: 6 months}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ISO-8601 period such as P6M");
  }

  @Test
  void disabling_an_unknown_criterion_is_an_error() {
    Policy policy = PolicyReader.create().read("policy.yaml", "disabled: [{criterion: T-99, reason: x}]\n");
    assertThatThrownBy(() -> Kijun.builder().catalog(TestRules.catalog()).policy(policy).build())
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("T-99, which no catalog defines");
  }
}
