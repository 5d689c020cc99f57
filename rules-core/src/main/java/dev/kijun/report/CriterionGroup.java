package dev.kijun.report;

import dev.kijun.criteria.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of one assessment under one 大区分 and 小区分, in catalog order, as the matrix of the Markdown and HTML
 * reports shows them.
 *
 * @param category the 大区分
 * @param subcategory the 小区分, or "-" where the table has none
 * @param rows the findings with their criteria
 */
record CriterionGroup(String category, String subcategory, List<Row> rows) {

  /**
   * One finding and the criterion it answers (absent when the report does not know the criterion).
   *
   * @param finding the finding
   * @param criterion the criterion's metadata
   */
  record Row(Finding finding, Optional<Criterion> criterion) {}

  /** Whether the table names a 小区分 here. */
  boolean hasSubcategory() {
    return subcategory != null && !subcategory.isBlank() && !subcategory.equals("-");
  }

  /** Groups an assessment's findings by 大区分 and 小区分, keeping the order in which they first appear. */
  static List<CriterionGroup> of(Assessment assessment, Report report, String otherCategory) {
    Map<List<String>, List<Row>> groups = new LinkedHashMap<>();
    for (Finding f : assessment.findings()) {
      Optional<Criterion> c = report.criterion(f.criterion());
      String category = c.map(Criterion::category).filter(s -> s != null && !s.isBlank()).orElse(otherCategory);
      String subcategory = c.map(Criterion::subcategory).orElse("-");
      groups.computeIfAbsent(List.of(category, subcategory == null ? "-" : subcategory), k -> new ArrayList<>())
          .add(new Row(f, c));
    }
    List<CriterionGroup> result = new ArrayList<>();
    groups.forEach((key, rows) -> result.add(new CriterionGroup(key.get(0), key.get(1), List.copyOf(rows))));
    return result;
  }
}
