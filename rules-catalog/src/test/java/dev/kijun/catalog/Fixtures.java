package dev.kijun.catalog;

import dev.kijun.engine.Kijun;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Loads fixture profiles and assesses them with one shared engine over the standard catalog. */
final class Fixtures {
  /** Fixtures are judged as of this day, so time-dependent rules give the same answer every year. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final String ROOT = "dev/kijun/catalog/fixtures/";

  private static final class Engine {
    static final Kijun KIJUN = Kijun.builder().catalog(StandardCatalog.load()).build();
  }

  private Fixtures() {}

  static Kijun engine() {
    return Engine.KIJUN;
  }

  /** Reads {@code fixtures/<criterion>/<name>.yaml}. */
  static ServiceProfile profile(String criterion, String name) {
    String path = ROOT + criterion + "/" + name + ".yaml";
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return ProfileReader.create().read(path, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Assessment assess(String criterion, String name) {
    return engine().assess(profile(criterion, name), AS_OF);
  }

  /** The finding for the fixture's own criterion. */
  static Finding finding(String criterion, String name) {
    return assess(criterion, name).finding(criterion).orElseThrow();
  }

  /** All reasons of a finding in one language, one per line, for assertions on key facts. */
  static String reasonsJa(Finding f) {
    return String.join("\n", f.reasons().stream().map(r -> r.ja()).toList());
  }

  static String reasonsEn(Finding f) {
    return String.join("\n", f.reasons().stream().map(r -> r.en()).toList());
  }
}
