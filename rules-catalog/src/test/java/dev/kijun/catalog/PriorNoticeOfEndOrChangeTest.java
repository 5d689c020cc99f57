package dev.kijun.catalog;

import static dev.kijun.catalog.Fixtures.finding;
import static dev.kijun.catalog.Fixtures.reasonsEn;
import static dev.kijun.catalog.Fixtures.reasonsJa;
import static dev.kijun.catalog.SelectionTestSupport.engineWith;
import static dev.kijun.catalog.SelectionTestSupport.findingOf;
import static dev.kijun.catalog.SelectionTestSupport.fixtureFinding;
import static dev.kijun.catalog.SelectionTestSupport.part;
import static dev.kijun.catalog.SelectionTestSupport.partEn;
import static dev.kijun.catalog.SelectionTestSupport.partKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.engine.Kijun;
import dev.kijun.model.Evidence;
import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("B2-05 prior notice of the end or change of the service can be agreed")
class PriorNoticeOfEndOrChangeTest {
  private static final String B2_05 = "B2-05";

  @Test
  void satisfied_with_six_months_notice_by_email_agreed_in_the_contract() {
    Finding f = finding(B2_05, "satisfied-six-months-by-email-agreed-in-contract");
    assertThat(f.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains(
        "Notice is given 6 months (P6M) before an end or change of the service (at least 6 months (P6M) required).",
        "Notice is given by EMAIL, WEBSITE.",
        "The prior notice can be agreed in the contract (contractually agreeable: yes).");
    assertThat(reasonsJa(f)).contains("サービスの終了又は変更の通知は 6か月 (P6M) 前です");
    assertThat(f.parts()).allSatisfy(p -> assertThat(p.verdict()).isEqualTo(Verdict.SATISFIED));
    assertThat(f.evidence()).extracting(Evidence::reference).containsExactly("利用規約 第8条");
  }

  @Test
  void not_satisfied_with_180_days_which_is_less_than_six_months() {
    Finding f = finding(B2_05, "not-satisfied-180-days-is-less-than-six-months");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "period").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "channel").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "agreement").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(reasonsEn(f)).contains(
        "Notice is given 180 days (P180D) before an end or change of the service; at least 6 months (P6M) is required.");
    assertThat(reasonsJa(f)).contains("通知は 180日 (P180D) 前です。6か月 (P6M) 以上前の通知が必要です。");
  }

  @Test
  void not_satisfied_when_notice_is_only_posted_on_a_website() {
    Finding f = finding(B2_05, "not-satisfied-notice-on-website-only");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "channel").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "period").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "channel")).contains("Notice is given only by WEBSITE",
        "accepted channels: EMAIL, POSTAL_MAIL, CUSTOMER_PORTAL",
        "a notice posted on a website is not a notice to the city");
    assertThat(reasonsJa(f)).contains("ウェブサイトへの掲載は本市への通知になりません");
  }

  @Test
  void not_satisfied_when_no_channel_of_notice_is_offered() {
    Finding f = findingOf(B2_05, """
        id: b2-05-no-channel
        changeNotice: {noticePeriod: P6M, channels: [], contractuallyAgreeable: true}
        """);
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(partKeys(f, "channel")).isEqualTo("B2-05.no-channel");
    assertThat(partEn(f, "channel")).contains("No channel of notice is offered at all");
  }

  @Test
  void not_satisfied_when_the_notice_cannot_be_agreed_in_the_contract() {
    Finding f = finding(B2_05, "not-satisfied-notice-cannot-be-agreed");
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "agreement").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(part(f, "period").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "channel").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(partEn(f, "agreement")).contains("cannot be agreed in the contract (contractually agreeable: no)");
  }

  @Test
  void undetermined_when_the_notice_period_is_not_declared() {
    Finding f = finding(B2_05, "undetermined-notice-period-not-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactly("/changeNotice/noticePeriod");
    assertThat(part(f, "period").verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(part(f, "channel").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(f, "agreement").verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  void undetermined_and_never_satisfied_when_nothing_is_declared() {
    Finding f = finding(B2_05, "undetermined-nothing-declared");
    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(f.missingFacts()).containsExactlyInAnyOrder("/changeNotice/noticePeriod", "/changeNotice/channels",
        "/changeNotice/contractuallyAgreeable");
    assertThat(f.parts()).allSatisfy(p -> assertThat(p.verdict()).isEqualTo(Verdict.UNDETERMINED));
    assertThat(reasonsJa(f)).contains("事前の通知を契約で取り決め可能かが申告されていません");
  }

  @ParameterizedTest(name = "{0} against six months: {1}")
  @CsvSource({
      "P6M,    SATISFIED,     6 months (P6M)",
      "P1Y,    SATISFIED,     1 year (P1Y)",
      "P184D,  SATISFIED,     184 days (P184D)",
      "P5M31D, SATISFIED,     5 months 31 days (P5M31D)",
      "P183D,  NOT_SATISFIED, 183 days (P183D)",
      "P180D,  NOT_SATISFIED, 180 days (P180D)",
      "P26W,   NOT_SATISFIED, 182 days (P182D)",
      "P5M30D, NOT_SATISFIED, 5 months 30 days (P5M30D)",
      "P90D,   NOT_SATISFIED, 90 days (P90D)"
  })
  void a_notice_period_counts_only_if_it_is_six_months_from_any_start_day(String period, Verdict expected,
      String shown) {
    Finding f = findingOf(B2_05, """
        id: b2-05-period
        changeNotice: {noticePeriod: %s, channels: [EMAIL], contractuallyAgreeable: true}
        """.formatted(period));
    assertThat(part(f, "period").verdict()).isEqualTo(expected);
    assertThat(f.verdict()).isEqualTo(expected);
    assertThat(partEn(f, "period")).contains("Notice is given " + shown + " before", "6 months (P6M)");
  }

  @Test
  void a_municipality_may_require_a_longer_period_and_fewer_channels() {
    Kijun strict = engineWith("""
        minimumNoticePeriod: P1Y
        acceptedNoticeChannels: [EMAIL]
        """);
    Finding sixMonths = fixtureFinding(strict, B2_05, "satisfied-six-months-by-email-agreed-in-contract");
    assertThat(sixMonths.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(partEn(sixMonths, "period")).contains("at least 1 year (P1Y) is required");
    assertThat(part(sixMonths, "channel").verdict()).isEqualTo(Verdict.SATISFIED);

    Finding portal = findingOf(strict, B2_05, """
        id: b2-05-portal
        changeNotice: {noticePeriod: P1Y, channels: [CUSTOMER_PORTAL], contractuallyAgreeable: true}
        """);
    assertThat(part(portal, "period").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(part(portal, "channel").verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(partEn(portal, "channel")).contains("only by CUSTOMER_PORTAL", "(accepted channels: EMAIL)");
  }
}
