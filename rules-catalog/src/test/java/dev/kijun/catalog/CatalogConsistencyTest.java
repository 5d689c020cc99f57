package dev.kijun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.criteria.Level;
import dev.kijun.criteria.Part;
import dev.kijun.report.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog is whole: every criterion of the source table is encoded verbatim, has rules, messages in both
 * languages and fixtures, and every rule names a criterion and part that exist.
 */
class CatalogConsistencyTest {
  static final Pattern RULE = Pattern.compile("rule\\s+\"([^\"]+)\"\\s*\\n\\s*@criterion\\(\"([^\"]+)\"\\)(?:\\s*@part\\(\"([^\"]+)\"\\))?");
  static final Pattern CONCLUSION = Pattern.compile("conclude\\.(?:satisfied|notSatisfied|undetermined|notApplicable)\\(\\s*\"([^\"]+)\"");
  static final Pattern RULE_HEADER = Pattern.compile("^rule\\s+\"", Pattern.MULTILINE);

  static StandardCatalog catalog;
  static List<DrlFile> drl;
  static String seed;

  record DrlFile(Path path, String text) {}

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    catalog = StandardCatalog.load();
    Path root = Path.of(CatalogConsistencyTest.class.getClassLoader().getResource("dev/kijun/catalog/criteria.yaml").toURI()).getParent();
    try (Stream<Path> files = Files.walk(root)) {
      drl = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        drl.add(new DrlFile(p, Files.readString(p)));
      }
    }
    try (InputStream in = CatalogConsistencyTest.class.getResourceAsStream("seed/betsuhyo2-source.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String normalised(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  @Test
  void the_catalog_holds_the_22_rows_of_the_table_all_mandatory() {
    assertThat(catalog.criteria()).extracting(c -> c.id().value()).containsExactly(
        "B2-01", "B2-02", "B2-03", "B2-05", "B2-07", "B2-09", "B2-10", "B2-13", "B2-14", "B2-16", "B2-19", "B2-20",
        "B2-22", "B2-25", "B2-33", "B2-34", "B2-38", "B2-39", "B2-43", "B2-44", "B2-46", "B2-47");
    assertThat(catalog.criteria()).allMatch(c -> c.level() == Level.REQUIRED);
    assertThat(catalog.criteria()).extracting(Criterion::number).containsExactlyElementsOf(catalog.numbersHeld());
  }

  @Test
  void the_numbers_the_source_skips_are_stated_not_invented() {
    Set<Integer> all = new TreeSet<>(catalog.numbersHeld());
    all.addAll(catalog.numbersSkippedBySource());
    assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, 47).boxed().toList());
    assertThat(catalog.numbersSkippedBySource()).doesNotContainAnyElementsOf(catalog.numbersHeld());
  }

  @Test
  void every_japanese_text_is_the_tables_text_verbatim() {
    String table = normalised(seed);
    for (Criterion c : catalog.criteria()) {
      assertThat(table).as("text of %s", c.id()).contains(normalised(c.textJa()));
      assertThat(c.textEn()).as("translation of %s", c.id()).isNotBlank();
    }
  }

  @Test
  void every_criterion_has_rules_and_every_rule_a_known_criterion_and_part() {
    Set<String> tagged = new HashSet<>();
    Set<String> partsConcluded = new HashSet<>();
    for (DrlFile file : drl) {
      int headers = (int) RULE_HEADER.matcher(file.text()).results().count();
      Matcher m = RULE.matcher(file.text());
      int found = 0;
      while (m.find()) {
        found++;
        String name = m.group(1);
        String id = m.group(2);
        Criterion c = catalog.criteria().stream().filter(x -> x.id().value().equals(id)).findFirst().orElse(null);
        assertThat(c).as("criterion of rule '%s' in %s", name, file.path().getFileName()).isNotNull();
        assertThat(name).as("rule names carry their criterion").startsWith(id + " ");
        assertThat(file.path().getFileName().toString()).as("one file per criterion").isEqualTo(id + ".drl");
        if (m.group(3) != null) {
          assertThat(c.parts()).extracting(Part::id).as("part of rule '%s'", name).contains(m.group(3));
          partsConcluded.add(id + "/" + m.group(3));
        }
        tagged.add(id);
      }
      assertThat(found).as("every rule in %s is tagged @criterion", file.path().getFileName()).isEqualTo(headers);
    }
    assertThat(tagged).containsExactlyInAnyOrderElementsOf(catalog.criteria().stream().map(c -> c.id().value()).toList());
    for (Criterion c : catalog.criteria()) {
      for (Part part : c.parts()) {
        assertThat(partsConcluded).as("some rule concludes part %s of %s", part.id(), c.id())
            .contains(c.id().value() + "/" + part.id());
      }
    }
  }

  @Test
  void every_message_a_rule_uses_exists_in_japanese_and_english_naming_as_many_values() {
    for (DrlFile file : drl) {
      String id = file.path().getFileName().toString().replace(".drl", "");
      Matcher m = CONCLUSION.matcher(file.text());
      while (m.find()) {
        String key = id + "." + m.group(1);
        String ja = catalog.messages().pattern(key, Language.JA).orElse(null);
        String en = catalog.messages().pattern(key, Language.EN).orElse(null);
        assertThat(ja).as("Japanese message %s", key).isNotBlank();
        assertThat(en).as("English message %s", key).isNotBlank();
        // Both languages name the same number of values; a rule may pass a value in each language
        // (e.g. conditions in Japanese as {3}, in English as {4}), so the indices may differ.
        assertThat(placeholders(ja)).as("placeholders of %s", key).hasSameSizeAs(placeholders(en));
      }
    }
  }

  @Test
  void every_criterion_has_a_fixture_for_each_verdict_it_can_reach() throws IOException, URISyntaxException {
    Path fixtures = Path.of(getClass().getClassLoader().getResource(Fixtures.ROOT).toURI());
    for (Criterion c : catalog.criteria()) {
      Path dir = fixtures.resolve(c.id().value());
      assertThat(dir).as("fixtures of %s", c.id()).isDirectory();
      Set<Verdict> verdicts = new HashSet<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(f -> verdicts.add(CriterionFixturesTest.expected(f.getFileName().toString())));
      }
      assertThat(verdicts).as("verdicts covered by the fixtures of %s", c.id())
          .contains(Verdict.SATISFIED, Verdict.NOT_SATISFIED, Verdict.UNDETERMINED);
    }
  }

  @Test
  void every_criterion_lists_the_facts_it_reads_and_an_example() {
    for (Criterion c : catalog.criteria()) {
      assertThat(c.facts()).as("facts of %s", c.id()).isNotEmpty().allMatch(f -> f.startsWith("/"));
      assertThat(c.declarationExample()).as("example of %s", c.id()).isNotBlank();
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
