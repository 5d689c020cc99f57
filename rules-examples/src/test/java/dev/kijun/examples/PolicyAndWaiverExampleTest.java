package dev.kijun.examples;

import static dev.kijun.test.KijunAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.policy.PolicyReader;
import dev.kijun.policy.Waivers;
import dev.kijun.report.Assessment;
import dev.kijun.report.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example policy file and waiver change assessments exactly as their comments say. */
class PolicyAndWaiverExampleTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final ServiceProfile SAAS = ProfileReader.create().read(Path.of("profiles/compliant-saas.yaml"));

  @Test
  void the_standard_catalog_accepts_six_months_notice() {
    Kijun standard = Kijun.builder().catalog(StandardCatalog.load()).build();
    assertThat(standard.assess(SAAS, DAY)).criterion("B2-05").isSatisfied();
  }

  @Test
  void the_city_policy_asks_for_twelve_months_so_six_is_not_enough() {
    Kijun city = Kijun.builder().catalog(StandardCatalog.load())
        .policy(PolicyReader.create().read(Path.of("policy/city-policy.yaml"))).build();
    Assessment a = city.assess(SAAS, DAY);
    assertThat(a).criterion("B2-05").isNotSatisfied().hasReasonContaining("12 months (P12M)");
    assertThat(a.revisions()).containsEntry("policy", "〇〇市 外部サービス利用基準 2027");
  }

  @Test
  void the_waiver_covers_the_notice_period_until_it_expires_keeping_the_original_verdict() {
    Kijun city = Kijun.builder().catalog(StandardCatalog.load())
        .policy(PolicyReader.create().read(Path.of("policy/city-policy.yaml")))
        .waivers(Waivers.read(Path.of("policy/waivers.yaml")))
        .build();
    Assessment during = city.assess(SAAS, DAY);
    assertThat(during).criterion("B2-05").isWaived();
    assertThat(during.finding("B2-05").orElseThrow().originalVerdict()).isEqualTo(Verdict.NOT_SATISFIED);
    Assessment after = city.assess(SAAS, LocalDate.of(2027, 4, 1));
    assertThat(after).criterion("B2-05").isNotSatisfied();
    assertThat(after.notes()).extracting(n -> n.en()).anyMatch(t -> t.contains("expired on 2027-03-31"));
  }
}
