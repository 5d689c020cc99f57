package dev.kijun.engine;

import dev.kijun.criteria.CustomCatalog;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small catalog of test rules under {@code dev/kijun/engine/testrules}. */
final class TestRules {
  private TestRules() {}

  static Path directory() {
    try {
      return Path.of(TestRules.class.getResource("testrules").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CustomCatalog catalog() {
    return CustomCatalog.load(directory());
  }
}
