package dev.kijun.examples;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.CustomCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.test.ProfileFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * What a vendor copies into its own build: every profile in a folder, with its expected verdicts beside the facts,
 * as one JUnit test per expectation.
 */
class VendorProfilesTest {
  static final Kijun KIJUN = Kijun.builder()
      .catalog(StandardCatalog.load())
      .catalog(CustomCatalog.load(Path.of("custom-rules")))
      .build();

  @TestFactory
  Stream<DynamicNode> vendor_profiles_get_the_verdicts_they_declare() {
    return ProfileFolder.of(Path.of("src/test/resources/vendor-profiles"))
        .assessedBy(KIJUN)
        .asOf(LocalDate.of(2026, 11, 27))
        .tests();
  }
}
