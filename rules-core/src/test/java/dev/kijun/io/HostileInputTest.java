package dev.kijun.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kijun.model.ServiceProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the bytes, reading ends in a profile or an {@link InvalidInputException}, fast. */
class HostileInputTest {
  private static final String[] PIECES = {
    ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "\"", "'", "&a ", "*a", "!!java.net.URL ", "! ", "? ", "|", ">",
    "#", "\n", "\t", "    ", "\u3000", "\uFEFF", "\u0000", "ＳＡＡＳ", "１２", "P-6M", "9999-12-31", "~", "null",
    "true", "1e400", "99999999999999999999", "---\n", "...", "%YAML 1.1\n", "\\u", "\\", "<<: ", "@class",
  };

  private final ProfileReader reader = ProfileReader.create();

  private static String validYaml() throws Exception {
    return Files.readString(ReaderLimitsTest.validProfile());
  }

  private static String validJson() throws Exception {
    Map<?, ?> tree = new YAMLMapper().readValue(validYaml(), Map.class);
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }

  @Test
  void mutated_profiles_end_in_a_profile_or_an_invalid_input_exception() throws Exception {
    String yaml = validYaml();
    String json = validJson();
    assertThat(reader.read("valid.json", json).id()).isEqualTo("example-saas-compliant");
    Random random = new Random(20_261_127);
    List<String> failures = new ArrayList<>();
    int rejected = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      int count = 0;
      for (int i = 0; i < 500; i++) {
        boolean isJson = i % 2 == 1;
        String name = "mutant-" + i + (isJson ? ".json" : ".yaml");
        byte[] bytes = mutate(isJson ? json : yaml, random);
        try {
          ServiceProfile profile = reader.readDocument(name, bytes).value();
          assertThat(profile.id()).isNotBlank();
        } catch (InvalidInputException e) {
          count++;
          if (!e.getMessage().startsWith(name) || e.getMessage().contains("this is a bug in Kijun")) {
            failures.add(e.getMessage());
          }
        } catch (RuntimeException | Error e) {
          failures.add(name + ": " + e);
        }
        try {
          reader.check(name, bytes, BadInputCorpusTest.KNOWN);
        } catch (RuntimeException | Error e) {
          failures.add(name + " (check): " + e);
        }
      }
      return count;
    });
    assertThat(failures).isEmpty();
    assertThat(rejected).as("most mutants are invalid").isGreaterThan(150);
  }

  private static byte[] mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(sb.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(40)));
        case 2 -> sb.setLength(at);
        default -> {
          if (at < sb.length()) {
            sb.setCharAt(at, (char) (0x20 + random.nextInt(0x60)));
          }
        }
      }
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(10) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }

  @Test
  void fifty_megabytes_given_as_bytes_are_refused_before_parsing() {
    byte[] bytes = new byte[50 * 1024 * 1024];
    InvalidInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(InvalidInputException.class, () -> reader.readDocument("big.yaml", bytes)));
    assertThat(e.getMessage()).isEqualTo("big.yaml: the file has 52428800 bytes, more than the limit of 5242880"
        + " (ReaderLimits.maxBytes); a service profile is a few kilobytes: check that this is the right file, or"
        + " raise the limit");
  }

  @Test
  void a_file_just_under_the_size_limit_with_thousands_of_problems_ends_fast() {
    ProfileReader oneMebibyte = ProfileReader.create(ReaderLimits.defaults().withMaxBytes(1024 * 1024));
    StringBuilder content = new StringBuilder("id: near-limit\ncertifications:\n");
    while (content.length() < 1024 * 1024 - 100) {
      content.append("  - {scheme: ISMAP_X, registrationNumber: C21-0001-1, validUntil: 2027-06-30}\n");
    }
    byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
    List<InputProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> oneMebibyte.check("near-limit.yaml", bytes, ReferenceCheck.none()));
    assertThat(problems).hasSize(101);
    assertThat(problems.get(0)).isEqualTo(new InputProblem("/certifications/0/scheme", 3, 14,
        "'ISMAP_X' is not allowed here; did you mean 'ISMAP'? Use one of: ISMAP, ISMAP_LIU, ISO_27001, ISO_27017,"
            + " ISO_27018, ISO_9001, SOC2, CS_MARK, OTHER"));
  }

  @Test
  void a_large_valid_file_under_the_limit_reads_fast() {
    ProfileReader oneMebibyte = ProfileReader.create(ReaderLimits.defaults().withMaxBytes(1024 * 1024));
    StringBuilder content = new StringBuilder("id: large-valid\ncertifications:\n");
    while (content.length() < 1024 * 1024 - 100) {
      content.append("  - {scheme: ISMAP, registrationNumber: C21-0001-1, validUntil: 2027-06-30}\n");
    }
    ServiceProfile profile = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> oneMebibyte.read("large.yaml", content.toString()));
    assertThat(profile.certifications()).hasSizeGreaterThan(13_000);
  }

  @Test
  void a_batch_of_bad_files_does_not_stop_the_good_ones() throws Exception {
    List<Path> files = new ArrayList<>();
    try (var list = Files.list(BadInputCorpusTest.corpus())) {
      list.filter(p -> !p.getFileName().toString().equals("expected.yaml")).sorted().forEach(files::add);
    }
    files.add(files.size() / 2, ReaderLimitsTest.validProfile());
    files.add(ReaderLimitsTest.validProfile());
    Map<String, BadInputCorpusTest.Expected> expected = BadInputCorpusTest.expectations();
    List<String> read = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Path file : files) {
      try {
        reader.readDocument(file);
        read.add(file.getFileName().toString());
      } catch (InvalidInputException e) {
        refused.add(e.source());
      }
    }
    long readable = expected.values().stream().filter(e -> e.valid() || e.references()).count();
    assertThat(read).hasSize((int) readable + 2).contains("valid-profile.yaml");
    assertThat(refused).hasSize(files.size() - read.size());
  }
}
