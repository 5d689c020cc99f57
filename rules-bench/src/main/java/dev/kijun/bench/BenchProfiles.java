package dev.kijun.bench;

import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The profiles the benchmarks judge. */
public final class BenchProfiles {
  /** Every benchmark judges as of this day, so time-dependent rules answer the same every year. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  /** The seed of the generated profiles: the batch, the isolation run and the agreement test use the same ones. */
  public static final long SEED = 2026_11_27L;

  private static final String FULL = "dev/kijun/bench/full-profile.yaml";

  private BenchProfiles() {}

  /** The full realistic profile: every section declared, ten encryption declarations. */
  public static ServiceProfile full() {
    try (InputStream in = BenchProfiles.class.getClassLoader().getResourceAsStream(FULL)) {
      if (in == null) {
        throw new IllegalStateException(FULL + " is missing from the class path");
      }
      return ProfileReader.create().read(FULL, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code count} generated profiles, read the way the CLI reads a file. */
  public static List<ServiceProfile> generated(int count) {
    ProfileGenerator generator = new ProfileGenerator(SEED);
    ProfileReader reader = ProfileReader.create();
    List<ServiceProfile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(reader.read("profile-" + i + ".yaml", generator.yaml(i)));
    }
    return out;
  }
}
