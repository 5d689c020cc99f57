package dev.kijun.schema;

import dev.kijun.criteria.Criterion;
import java.util.List;

/** Which criteria ask for a field: those whose facts are the field, inside it, or around it. */
final class FieldCriteria {
  private final List<Criterion> criteria;

  FieldCriteria(List<Criterion> criteria) {
    this.criteria = List.copyOf(criteria);
  }

  /** The criteria that read the field at {@code path} or part of it, in catalog order. */
  List<Criterion> asking(String path) {
    return criteria.stream()
        .filter(c -> c.facts().stream().anyMatch(fact -> related(stripIndexes(fact), path)))
        .toList();
  }

  private static boolean related(String fact, String path) {
    return fact.equals(path) || path.startsWith(fact + "/") || fact.startsWith(path + "/");
  }

  /** {@code /a/0/b} becomes {@code /a/b}: fields are named without list positions. */
  static String stripIndexes(String pointer) {
    return pointer.replaceAll("/(\\d+|-)(?=/|$)", "");
  }
}
