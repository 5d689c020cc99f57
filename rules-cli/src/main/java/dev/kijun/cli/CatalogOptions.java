package dev.kijun.cli;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.Catalog;
import dev.kijun.criteria.Criterion;
import java.util.ArrayList;
import java.util.List;
import dev.kijun.criteria.CustomCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which criteria are in force: the one place the commands learn the catalogs from: the standard catalog of 別表２,
 * then each {@code --rules} directory of a policy owner's own criteria, so that every command sees the same criteria.
 */
final class CatalogOptions {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "a directory of your own criteria: criteria.yaml, *.drl rules and messages_{ja,en}.properties "
          + "(repeatable). Rules are code: name only directories you trust")
  List<Path> ruleDirectories = new ArrayList<>();

  private List<Catalog> loaded;

  /** The catalogs in force, in the order their criteria are reported. */
  List<Catalog> catalogs() {
    if (loaded == null) {
      List<Catalog> catalogs = new ArrayList<>();
      catalogs.add(StandardCatalog.load());
      for (Path dir : ruleDirectories) {
        catalogs.add(CustomCatalog.load(dir));
      }
      loaded = List.copyOf(catalogs);
    }
    return loaded;
  }

  /** The criteria in force, in report order, without building any rules. */
  List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    for (Catalog catalog : catalogs()) {
      criteria.addAll(catalog.criteria());
    }
    return criteria;
  }
}
