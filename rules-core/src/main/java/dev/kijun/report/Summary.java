package dev.kijun.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many profiles of a report came out with each overall result, and how many could not be read.
 *
 * @param total every input
 * @param outcomes the assessed profiles per overall result
 * @param failed the inputs that could not be read
 */
public record Summary(int total, Map<Outcome, Integer> outcomes, int failed) {
  public Summary {
    outcomes = Map.copyOf(outcomes);
  }

  /** Counts a report's items. */
  public static Summary of(Report report) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    for (ReportItem.Assessed a : report.assessed()) {
      counts.merge(a.assessment().overall(), 1, Integer::sum);
    }
    return new Summary(report.items().size(), counts, report.failed().size());
  }

  /** The number of profiles with an overall result. */
  public int count(Outcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }
}
