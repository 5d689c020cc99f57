package dev.kijun.cli;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.Catalog;
import dev.kijun.criteria.Criterion;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Which criteria are in force: the one place the commands learn the catalogs from. Today that is the standard
 * catalog of 別表２; a policy or extra rule options belong here, so that every command sees the same criteria. A
 * picocli mixin ({@code @Command} makes it one while it has no options of its own).
 */
@Command
final class CatalogOptions {

  /** The catalogs in force, in the order their criteria are reported. */
  List<Catalog> catalogs() {
    return List.of(StandardCatalog.load());
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
