package dev.kijun.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

/**
 * The few range checks the model makes on what a vendor declares, so that a typo such as {@code P-6M},
 * {@code P999Y} or {@code 0000-01-01} is an error instead of a fact the rules would judge. The bounds are wide on
 * purpose: they catch values no contract can mean, never unusual but possible ones.
 *
 * <ul>
 *   <li>a date lies between {@value #FIRST_DATE} and {@value #LAST_DATE};
 *   <li>a period or duration is not negative (no negative part either) and at most 100 years;
 *   <li>a whole number lies in the range its field names.
 * </ul>
 */
final class Bounds {
  static final String FIRST_DATE = "2000-01-01";
  static final String LAST_DATE = "2100-12-31";
  private static final LocalDate FIRST = LocalDate.parse(FIRST_DATE);
  private static final LocalDate LAST = LocalDate.parse(LAST_DATE);
  private static final long MAX_YEARS = 100;
  private static final long MAX_DAYS = 36_525;

  private Bounds() {}

  static void date(String field, LocalDate value) {
    if (value != null && (value.isBefore(FIRST) || value.isAfter(LAST))) {
      throw new InvalidFieldException(field, field + " " + value + " is out of range: a date must be between "
          + FIRST_DATE + " and " + LAST_DATE + "; check the year");
    }
  }

  static void period(String field, Period value, String example) {
    if (value == null) {
      return;
    }
    if (value.getYears() < 0 || value.getMonths() < 0 || value.getDays() < 0) {
      throw new InvalidFieldException(field, field + " " + value + " is negative; write how long, without a minus"
          + " sign, e.g. " + example);
    }
    if (value.toTotalMonths() > MAX_YEARS * 12 || value.getDays() > MAX_DAYS) {
      throw new InvalidFieldException(field, field + " " + value + " is longer than " + MAX_YEARS
          + " years; check the unit (P6M is 6 months, P6Y 6 years), e.g. " + example);
    }
  }

  static void duration(String field, Duration value, String example) {
    if (value == null) {
      return;
    }
    if (value.isNegative()) {
      throw new InvalidFieldException(field, field + " " + value + " is negative; write how long, without a minus"
          + " sign, e.g. " + example);
    }
    if (value.toDays() > MAX_DAYS) {
      throw new InvalidFieldException(field, field + " " + value + " is longer than " + MAX_YEARS
          + " years; check the unit (PT24H is 24 hours, P24D 24 days), e.g. " + example);
    }
  }

  static void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidFieldException(field, field + " " + value + " is out of range: it must be between " + min
          + " and " + max);
    }
  }
}
