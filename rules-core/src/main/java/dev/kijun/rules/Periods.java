package dev.kijun.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares calendar periods the way a contract means them. {@code P180D} is <em>shorter</em> than {@code P6M}: six
 * months from any day is at least 181 days. A period counts as at least another only if it is, whatever day it
 * starts on.
 */
public final class Periods {
  private static final LocalDate CYCLE_START = LocalDate.of(2000, 1, 1);
  private static final int CYCLE_DAYS = 366 + 365 * 3 + 1; // a whole leap cycle and a day
  private static final int CACHE_LIMIT = 1024;
  private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

  private Periods() {}

  /** True when {@code actual} is at least {@code required} from every possible start day. */
  public static boolean isAtLeast(Period actual, Period required) {
    if (actual == null || required == null) {
      return false;
    }
    if (actual.isNegative()) {
      return false;
    }
    if (actual.getDays() == 0 && required.getDays() == 0) {
      return actual.toTotalMonths() >= required.toTotalMonths();
    }
    if (actual.toTotalMonths() == 0 && required.toTotalMonths() == 0) {
      return actual.getDays() >= required.getDays();
    }
    String key = actual + "/" + required;
    Boolean known = CACHE.get(key);
    if (known != null) {
      return known;
    }
    boolean answer = everyStartDay(actual, required);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(key, answer);
    }
    return answer;
  }

  /** True when {@code actual} is shorter than {@code required} from some start day. */
  public static boolean isShorter(Period actual, Period required) {
    return !isAtLeast(actual, required);
  }

  private static boolean everyStartDay(Period actual, Period required) {
    for (int i = 0; i < CYCLE_DAYS; i++) {
      LocalDate start = CYCLE_START.plusDays(i);
      if (start.plus(actual).isBefore(start.plus(required))) {
        return false;
      }
    }
    return true;
  }
}
