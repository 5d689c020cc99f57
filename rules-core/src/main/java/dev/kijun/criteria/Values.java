package dev.kijun.criteria;

import dev.kijun.model.Claim;
import java.time.Duration;
import java.time.Period;
import java.util.Collection;
import java.util.stream.Collectors;

/** How values appear inside explanations. */
final class Values {
  private Values() {}

  static String display(Object value, Language language) {
    if (value == null) {
      return language == Language.JA ? "不明" : "unknown";
    }
    if (value instanceof Claim claim) {
      return yesNo(claim.value(), language);
    }
    if (value instanceof Boolean b) {
      return yesNo(b, language);
    }
    if (value instanceof Period period) {
      return period(period, language);
    }
    if (value instanceof Duration duration) {
      return duration(duration, language);
    }
    if (value instanceof Collection<?> items) {
      if (items.isEmpty()) {
        return language == Language.JA ? "なし" : "none";
      }
      java.util.stream.Stream<?> ordered = items.stream();
      if (items instanceof java.util.Set<?>) {
        // A set has no order of its own: list it in its natural order (enums as declared), so text is stable.
        ordered = items.stream().allMatch(i -> i instanceof Comparable<?>)
            ? items.stream().sorted() : items.stream().sorted(java.util.Comparator.comparing(String::valueOf));
      }
      return ordered.map(i -> display(i, language)).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  private static String yesNo(boolean value, Language language) {
    if (language == Language.JA) {
      return value ? "はい" : "いいえ";
    }
    return value ? "yes" : "no";
  }

  private static String period(Period p, Language language) {
    StringBuilder sb = new StringBuilder();
    boolean ja = language == Language.JA;
    if (p.getYears() != 0) {
      sb.append(p.getYears()).append(ja ? "年" : p.getYears() == 1 ? " year " : " years ");
    }
    if (p.getMonths() != 0) {
      sb.append(p.getMonths()).append(ja ? "か月" : p.getMonths() == 1 ? " month " : " months ");
    }
    if (p.getDays() != 0 || sb.length() == 0) {
      sb.append(p.getDays()).append(ja ? "日" : p.getDays() == 1 ? " day" : " days");
    }
    return sb.toString().strip() + " (" + p + ")";
  }

  private static String duration(Duration d, Language language) {
    boolean ja = language == Language.JA;
    if (d.toHours() > 72 && d.toHoursPart() == 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      long days = d.toDays();
      return days + (ja ? "日" : days == 1 ? " day" : " days");
    }
    if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      long hours = d.toHours();
      return hours + (ja ? "時間" : hours == 1 ? " hour" : " hours");
    }
    long minutes = d.toMinutes();
    return minutes + (ja ? "分" : minutes == 1 ? " minute" : " minutes");
  }
}
