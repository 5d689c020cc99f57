package dev.kijun.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/dev/kijun/report/golden}. The engine version is
 * replaced by {@code @VERSION@} first. Run with {@code -Dkijun.updateGoldens=true} to rewrite the goldens from the
 * current output (then review the diff).
 */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/dev/kijun/report/golden");

  private Golden() {}

  static String normalise(String text) {
    return text.replace(Version.get(), "@VERSION@");
  }

  static void assertMatches(String name, String actual) {
    String normalised = normalise(actual);
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("kijun.updateGoldens")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalised, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dkijun.updateGoldens=true)", file).exists();
      assertThat(normalised).as("output against golden file %s (rewrite with -Dkijun.updateGoldens=true)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
