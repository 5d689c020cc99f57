package dev.kijun.criteria;

import dev.kijun.rules.FactProvider;
import dev.kijun.rules.RuleSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of criteria with the rules that judge them, their messages and the facts they derive. The standard catalog
 * of 別表２ is {@code dev.kijun.catalog.StandardCatalog}; a policy owner's criteria come as a catalog too.
 */
public interface Catalog {
  /** The catalog's name and version, e.g. {@code kijun-b2 1.0.0}. */
  String version();

  /** The criteria, in the order reports list them. */
  List<Criterion> criteria();

  /** The rules. */
  List<RuleSource> ruleSources();

  /** The explanations the rules give. */
  Messages messages();

  /** Facts derived from each profile before the rules run. */
  default List<FactProvider> factProviders() {
    return List.of();
  }

  /** The revisions of the data files the rules use, named, for reports. */
  default Map<String, String> revisions() {
    return Map.of();
  }

  /** The criterion with an id. */
  default Optional<Criterion> find(CriterionId id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
