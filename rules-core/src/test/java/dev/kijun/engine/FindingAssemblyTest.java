package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.ChangeNotice;
import dev.kijun.model.Claim;
import dev.kijun.model.Evidence;
import dev.kijun.model.EvidenceKind;
import dev.kijun.model.NoticeChannel;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.Subcontracting;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.Outcome;
import dev.kijun.report.Verdict;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How conclusions become findings: fail-safe, part by part. */
class FindingAssemblyTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static Kijun kijun;

  @BeforeAll
  static void build() {
    kijun = Kijun.builder().catalog(TestRules.catalog()).build();
  }

  static ServiceProfile notice(Period period, Set<NoticeChannel> channels, Claim agreeable) {
    return ServiceProfile.builder("p").changeNotice(new ChangeNotice(period, channels, agreeable)).build();
  }

  @Test
  void every_criterion_gets_exactly_one_finding_in_catalog_order() {
    Assessment a = kijun.assess(ServiceProfile.builder("p").build(), DAY);
    assertThat(a.findings()).extracting(f -> f.criterion().value()).containsExactly("T-01", "T-02", "T-03");
  }

  @Test
  void a_criterion_no_rule_concluded_is_undetermined_never_satisfied() {
    Finding f = kijun.assess(ServiceProfile.builder("p").build(), DAY).finding("T-03").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.reasons().get(0).en()).contains("No rule concluded anything about T-03");
  }

  @Test
  void a_missing_fact_is_undetermined_and_named() {
    Finding f = kijun.assess(ServiceProfile.builder("p").build(), DAY).finding("T-01").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/changeNotice/noticePeriod");
  }

  @Test
  void a_part_no_rule_concluded_keeps_the_criterion_undetermined() {
    Finding f = kijun.assess(notice(Period.ofMonths(6), Set.of(NoticeChannel.WEBSITE), Claim.of(true)), DAY)
        .finding("T-01").orElseThrow();
    assertThat(f.part("period").orElseThrow().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.part("channel").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.reasons()).extracting(r -> r.en()).contains("No rule concluded part channel.");
  }

  @Test
  void not_satisfied_outweighs_everything_else() {
    Finding f = kijun.assess(notice(Period.ofDays(180), Set.of(NoticeChannel.EMAIL), Claim.of(true)), DAY)
        .finding("T-01").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(f.reasons().get(0).en()).isEqualTo("The notice period 180 days (P180D) is shorter than 6 months (P6M).");
    assertThat(f.reasons().get(0).ja()).isEqualTo("通知期間 180日 (P180D) は 6か月 (P6M) より短いです。");
  }

  @Test
  void satisfied_when_every_part_is_satisfied_and_says_when_it_rests_on_the_vendors_word_alone() {
    Finding f = kijun.assess(notice(Period.ofMonths(6), Set.of(NoticeChannel.EMAIL), Claim.of(true)), DAY)
        .finding("T-01").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.reasons()).extracting(r -> r.en()).anyMatch(t -> t.contains("vendor's word alone"));
  }

  @Test
  void evidence_behind_a_claim_is_recorded_and_no_unsupported_note_is_added() {
    Evidence clause = new Evidence(EvidenceKind.CONTRACT_CLAUSE, "利用規約 第8条", null, null);
    Finding f = kijun.assess(notice(Period.ofYears(1), Set.of(NoticeChannel.EMAIL), Claim.of(true, clause)), DAY)
        .finding("T-01").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.evidence()).containsExactly(clause);
    assertThat(f.reasons()).extracting(r -> r.en()).noneMatch(t -> t.contains("vendor's word alone"));
  }

  @Test
  void not_applicable_states_why() {
    Finding f = kijun.assess(ServiceProfile.builder("p").subcontracting(new Subcontracting(false, null, null)).build(),
        DAY).finding("T-02").orElseThrow();
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(f.reasons()).extracting(r -> r.en()).containsExactly("Nothing is subcontracted.");
  }

  @Test
  void overall_is_non_compliant_when_a_mandatory_criterion_fails_and_ignores_recommended_ones() {
    Assessment failing = kijun.assess(ServiceProfile.builder("p")
        .subcontracting(new Subcontracting(true, null, null)).build(), DAY);
    assertThat(failing.overall()).isEqualTo(Outcome.NON_COMPLIANT);
    Assessment undecided = kijun.assess(ServiceProfile.builder("p").build(), DAY);
    assertThat(undecided.overall()).isEqualTo(Outcome.INCOMPLETE);
  }
}
