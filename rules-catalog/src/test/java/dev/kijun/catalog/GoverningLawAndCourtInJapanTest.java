package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static dev.kijun.catalog.SelectionTestSupport.engineWith;
import static dev.kijun.catalog.SelectionTestSupport.findingOf;
import static dev.kijun.catalog.SelectionTestSupport.fixtureFinding;
import static dev.kijun.catalog.SelectionTestSupport.part;
import static dev.kijun.catalog.SelectionTestSupport.partEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.engine.Kijun;
import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("B2-01 operated within Japanese law, with a court in Japan as the agreed court")
class GoverningLawAndCourtInJapanTest {
  private static final String B2_01 = "B2-01";

  @Test
  void satisfied_with_japanese_law_and_the_tokyo_district_court() {
    Finding f = finding(B2_01, "satisfied-japanese-law-and-tokyo-district-court");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains("The contract is governed by the law of JP.",
        "The agreed court 東京地方裁判所 is in JP (exclusive: yes).",
        "can be operated within the scope of Japanese law (operates within Japanese law: yes)");
    assertThat(reasonsJa(f)).contains("合意管轄裁判所 東京地方裁判所 は JP にあります（専属的合意: はい）");
    assertThat(part(f, "governing-law").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "operation").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "court").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("利用規約 第20条");
    assertThat(f.reasons()).extracting(Reason::key).doesNotContain("kijun.unsupported-declaration");
  }

  @Test
  void not_satisfied_under_us_law_with_an_exclusive_us_court() {
    Finding f = finding(B2_01, "not-satisfied-washington-law-and-king-county-court");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(partEn(f, "governing-law"))
        .contains("The contract is governed by the law of US; only the law of JP is accepted.");
    assertThat(partEn(f, "court")).contains(
        "The agreed court King County Superior Court is in US and is the exclusive forum; the agreed court must be in JP.");
    assertThat(reasonsJa(f)).contains("契約の準拠法は US の法です。準拠法として認められるのは JP の法のみです。",
        "合意管轄裁判所 King County Superior Court は US にあり、専属的合意管轄です。");
    assertThat(part(f, "governing-law").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "court").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "operation").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(f.evidence()).extracting(Evidence::reference).contains("Customer Agreement 13.5");
  }

  @Test
  void not_satisfied_when_a_foreign_court_is_agreed_even_non_exclusively() {
    Finding f = finding(B2_01, "not-satisfied-non-exclusive-court-in-singapore-beside-tokyo");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "court").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "governing-law").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "court"))
        .contains("The agreed court Singapore International Commercial Court is in SG (exclusive: no).",
            "lets the vendor sue the city there, so every agreed court must be in JP",
            "The agreed court 東京地方裁判所 is in JP (exclusive: no).");
    assertThat(reasonsJa(f)).contains("事業者はこの外国の裁判所で本市を訴えることができる");
  }

  @Test
  void not_satisfied_when_the_service_cannot_be_operated_within_japanese_law() {
    Finding f = finding(B2_01, "not-satisfied-cannot-operate-within-japanese-law");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "operation").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "governing-law").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "court").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "operation")).contains("cannot be operated within the scope of Japanese law");
    assertThat(reasonsJa(f)).contains("日本の法令の範囲内で運用できないと申告されています");
  }

  @Test
  void undetermined_when_no_court_is_agreed() {
    Finding f = finding(B2_01, "undetermined-no-court-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/jurisdiction/courts");
    assertThat(part(f, "court").verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(part(f, "governing-law").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "court")).contains("No agreed court is declared");
  }

  @Test
  void undetermined_when_an_agreed_court_has_no_country() {
    Finding f = finding(B2_01, "undetermined-court-without-country");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/jurisdiction/courts/0/country");
    assertThat(partEn(f, "court")).contains("The country of the agreed court 本店所在地を管轄する地方裁判所 is not declared.");
  }

  @Test
  void undetermined_when_the_governing_law_names_no_country() {
    Finding f = findingOf(B2_01, """
        id: b2-01-law-without-country
        jurisdiction:
          governingLaw: {evidence: [{kind: CONTRACT_CLAUSE, reference: 利用規約 第20条}]}
          operatesWithinJapaneseLaw: true
          courts: [{name: 東京地方裁判所, country: JP, exclusive: true}]
        """);
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/jurisdiction/governingLaw/country");
    assertThat(part(f, "governing-law").verdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = finding(B2_01, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/jurisdiction/governingLaw",
        "/jurisdiction/operatesWithinJapaneseLaw", "/jurisdiction/courts");
    assertThat(f.parts()).allSatisfy(p -> assertThat(p.verdict()).isEqualTo(Verdict.UNDETERMINED));
    assertThat(f.reasons()).extracting(Reason::key).doesNotContain("kijun.part-not-concluded");
  }

  @Test
  void the_accepted_countries_of_law_and_court_come_from_the_parameters() {
    Kijun usAccepted = engineWith("""
        acceptedGoverningLaw: [US, JP]
        acceptedCourtCountries: [US, JP]
        """);
    Finding us = fixtureFinding(usAccepted, B2_01, "not-satisfied-washington-law-and-king-county-court");
    assertThat(us.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(us)).contains("The agreed court King County Superior Court is in US (exclusive: yes).");

    Finding singapore = fixtureFinding(usAccepted, B2_01, "not-satisfied-non-exclusive-court-in-singapore-beside-tokyo");
    assertThat(singapore.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(partEn(singapore, "court")).contains("every agreed court must be in JP, US.");
  }
}
