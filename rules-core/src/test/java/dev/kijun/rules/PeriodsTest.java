package dev.kijun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  @Test
  void one_hundred_eighty_days_is_shorter_than_six_months() {
    assertThat(Periods.isShorter(Period.ofDays(180), Period.ofMonths(6))).isTrue();
    assertThat(Periods.isAtLeast(Period.ofDays(180), Period.ofMonths(6))).isFalse();
  }

  @Test
  void one_hundred_eighty_four_days_covers_six_months_from_any_start_day() {
    assertThat(Periods.isAtLeast(Period.ofDays(184), Period.ofMonths(6))).isTrue();
    assertThat(Periods.isAtLeast(Period.ofDays(183), Period.ofMonths(6))).isFalse();
  }

  @Test
  void whole_months_and_years_compare_by_total_months() {
    assertThat(Periods.isAtLeast(Period.ofYears(1), Period.ofMonths(12))).isTrue();
    assertThat(Periods.isAtLeast(Period.ofMonths(5), Period.ofMonths(6))).isFalse();
    assertThat(Periods.isAtLeast(Period.of(0, 5, 29), Period.ofMonths(6))).isFalse();
    assertThat(Periods.isAtLeast(Period.of(0, 5, 31), Period.ofMonths(6))).isTrue();
  }

  @Test
  void negative_and_missing_periods_are_never_enough() {
    assertThat(Periods.isAtLeast(Period.ofMonths(-7), Period.ofMonths(6))).isFalse();
    assertThat(Periods.isAtLeast(null, Period.ofMonths(6))).isFalse();
  }
}
