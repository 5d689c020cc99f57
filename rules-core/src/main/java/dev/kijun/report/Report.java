package dev.kijun.report;

import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import java.util.List;
import java.util.Objects;

/**
 * What a report shows: the assessed profiles (and the files that could not be read), the criteria they were judged
 * by, and the language for people.
 *
 * @param items the inputs, in the order given
 * @param criteria the criteria in force, for their text and categories
 * @param language Japanese (default) or English, for the text formats
 * @param undeterminedIsFailure for JUnit XML: report UNDETERMINED as a failure rather than an error
 */
public record Report(List<ReportItem> items, List<Criterion> criteria, Language language,
    boolean undeterminedIsFailure) {
  public Report {
    items = List.copyOf(items);
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(language, "language must not be null");
  }

  /** A report in Japanese. */
  public static Report of(List<ReportItem> items, List<Criterion> criteria) {
    return new Report(items, criteria, Language.JA, false);
  }

  /** The same report in another language. */
  public Report in(Language newLanguage) {
    return new Report(items, criteria, newLanguage, undeterminedIsFailure);
  }

  /** The assessed items only. */
  public List<ReportItem.Assessed> assessed() {
    return items.stream().filter(ReportItem.Assessed.class::isInstance).map(ReportItem.Assessed.class::cast).toList();
  }

  /** The items that could not be read. */
  public List<ReportItem.Failed> failed() {
    return items.stream().filter(ReportItem.Failed.class::isInstance).map(ReportItem.Failed.class::cast).toList();
  }

  /** The criterion with an id, if in force. */
  public java.util.Optional<Criterion> criterion(dev.kijun.criteria.CriterionId id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
