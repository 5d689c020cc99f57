package dev.kijun.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kijun.model.RegionRef;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/bad-inputs} (and a few written at run time: a 50 MB file, 10,000-deep
 * nesting) ends in exactly the error {@code expected.yaml} gives: one typed exception whose message names the file,
 * the place and the fix. No other exception, no hang.
 */
class BadInputCorpusTest {
  static final String CORPUS = "/bad-inputs/";
  static final ReferenceCheck KNOWN = ReferenceCheck.regions(List.of(
          RegionRef.parse("aws:ap-northeast-1"), RegionRef.parse("aws:ap-northeast-3"),
          RegionRef.parse("azure:japaneast"), RegionRef.parse("gcp:asia-northeast1")))
      .and(ReferenceCheck.algorithms(List.of("AES-256-GCM", "AES-128-GCM", "AES-256-XTS")));
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private final ProfileReader reader = ProfileReader.create();

  /** One entry of {@code expected.yaml}. */
  record Expected(String about, boolean valid, boolean references, String generate, int line, int column,
      String pointer, List<String> says) {}

  static Path corpus() {
    try {
      return Path.of(BadInputCorpusTest.class.getResource(CORPUS + "expected.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Expected> expectations() {
    try {
      return new YAMLMapper().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .readValue(corpus().resolve("expected.yaml").toFile(), new TypeReference<Map<String, Expected>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> entries() {
    return expectations().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void each_bad_input_ends_in_one_clear_typed_error(String file, Expected expected, @TempDir Path temp)
      throws IOException {
    Path path = expected.generate() == null ? corpus().resolve(file) : generate(temp.resolve(file),
        expected.generate());
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      if (expected.valid()) {
        assertThatCode(() -> reader.read(path)).doesNotThrowAnyException();
        assertThat(reader.check(path, KNOWN)).isEmpty();
        return;
      }
      InputProblem first;
      InvalidInputException e;
      if (expected.references()) {
        assertThatCode(() -> reader.read(path)).as("an unknown name is judged when assessed; reading is fine")
            .doesNotThrowAnyException();
        e = assertThrows(InvalidInputException.class, () -> reader.validate(path, KNOWN));
        first = e.problems().get(0);
      } else {
        e = assertThrows(InvalidInputException.class, () -> reader.read(path));
        assertThat(e.problems()).as("reading stops at the first problem").hasSize(1);
        first = e.problems().get(0);
        assertThat(reader.check(path, KNOWN)).as("validation lists what reading reports").contains(first);
      }
      assertThat(first.line()).as("line").isEqualTo(expected.line());
      assertThat(first.column()).as("column").isEqualTo(expected.column());
      assertThat(first.pointer()).as("pointer").isEqualTo(expected.pointer());
      assertThat(first.message()).as("message").contains(expected.says());
      assertThat(e.source()).isEqualTo(path.toString());
      assertThat(e.getMessage()).startsWith(path.toString()).contains(path.getFileName().toString())
          .doesNotContain("\tat ", "Exception", "com.fasterxml", "org.yaml", "this is a bug in Kijun");
      if (expected.line() > 0) {
        assertThat(e.getMessage()).contains(path + ":" + expected.line() + ":" + expected.column());
      }
    });
  }

  @Test
  void the_corpus_has_at_least_forty_files_each_with_an_expectation() throws IOException {
    Map<String, Expected> expected = expectations();
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(corpus())) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("expected.yaml") && !n.startsWith("."))
          .forEach(files::add);
    }
    Set<String> committed = new TreeSet<>(expected.keySet());
    committed.removeIf(n -> expected.get(n).generate() != null);
    assertThat(files).isEqualTo(committed);
    assertThat(files.size()).isGreaterThanOrEqualTo(40);
    assertThat(expected.values()).allSatisfy(e -> assertThat(e.valid() || !e.says().isEmpty()).isTrue());
  }

  private static Path generate(Path path, String kind) throws IOException {
    switch (kind) {
      case "large-file" -> {
        // A valid start, then a sparse tail: the size is what matters, and writing 50 MB would only cost time.
        Files.writeString(path, "id: large\n# padding follows\n");
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
          file.setLength(50L * 1024 * 1024);
        }
      }
      case "deep-json" -> Files.writeString(path, "[".repeat(10_000) + "]".repeat(10_000));
      case "deep-yaml-flow" -> Files.writeString(path, "{a: ".repeat(10_000) + "x" + "}".repeat(10_000));
      case "deep-yaml-block" -> Files.writeString(path, "- ".repeat(10_000) + "x\n");
      default -> throw new IllegalArgumentException("unknown generator " + kind);
    }
    return path;
  }
}
