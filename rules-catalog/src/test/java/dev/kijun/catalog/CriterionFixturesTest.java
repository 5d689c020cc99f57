package dev.kijun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.report.Finding;
import dev.kijun.report.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under {@code fixtures/<criterion>/}: the file name starts with the verdict it must get
 * ({@code satisfied-}, {@code not-satisfied-}, {@code undetermined-}, {@code not-applicable-}).
 */
class CriterionFixturesTest {

  @TestFactory
  Stream<DynamicTest> every_fixture_gets_the_verdict_its_name_states() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getClassLoader().getResource(Fixtures.ROOT).toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> {
      String criterion = file.getParent().getFileName().toString();
      String name = file.getFileName().toString().replace(".yaml", "");
      return DynamicTest.dynamicTest(criterion + " " + name, () -> {
        Finding f = Fixtures.finding(criterion, name);
        assertThat(f.verdict()).as("%s/%s: %s", criterion, name, f.reasons()).isEqualTo(expected(name));
        if (f.verdict() == Verdict.UNDETERMINED) {
          assertThat(f.missingFacts()).as("an UNDETERMINED finding names what is missing").isNotEmpty();
        }
      });
    });
  }

  static Verdict expected(String fixtureName) {
    for (Verdict v : List.of(Verdict.NOT_SATISFIED, Verdict.NOT_APPLICABLE, Verdict.SATISFIED, Verdict.UNDETERMINED)) {
      String prefix = v.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-";
      if (fixtureName.startsWith(prefix)) {
        return v;
      }
    }
    throw new IllegalArgumentException("fixture name must start with a verdict: " + fixtureName);
  }
}
