package dev.kijun.test;

import static dev.kijun.test.KijunAssertions.assertThat;

import dev.kijun.engine.Kijun;
import dev.kijun.report.Assessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * A folder of YAML profiles, each with an {@code expect:} block (see {@link ExpectedProfile}), run as JUnit 5
 * dynamic tests: one container per profile, one test per expected criterion (and one for the overall result).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> vendor_profiles() {
 *   return ProfileFolder.of(Path.of("src/test/resources/profiles")).assessedBy(kijun).tests();
 * }
 * }</pre>
 */
public final class ProfileFolder {
  private final Path folder;
  private final Kijun kijun;
  private final LocalDate asOf;

  private ProfileFolder(Path folder, Kijun kijun, LocalDate asOf) {
    this.folder = folder;
    this.kijun = kijun;
    this.asOf = asOf;
  }

  /** The profiles in a folder and its subfolders. */
  public static ProfileFolder of(Path folder) {
    return new ProfileFolder(Objects.requireNonNull(folder, "folder must not be null"), null, null);
  }

  /** The engine that assesses them. */
  public ProfileFolder assessedBy(Kijun engine) {
    return new ProfileFolder(folder, Objects.requireNonNull(engine, "engine must not be null"), asOf);
  }

  /** Assess as of a fixed day, so that time-dependent verdicts do not change with the calendar. */
  public ProfileFolder asOf(LocalDate day) {
    return new ProfileFolder(folder, kijun, Objects.requireNonNull(day, "day must not be null"));
  }

  /** The dynamic tests. A folder without profiles fails, so a wrong path cannot pass silently. */
  public Stream<DynamicNode> tests() {
    if (kijun == null) {
      throw new IllegalStateException("say which engine assesses the profiles: ProfileFolder.of(dir).assessedBy(kijun)");
    }
    List<Path> files = files();
    if (files.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("profiles in " + folder, () -> {
        throw new AssertionError("no *.yaml profile found in " + folder.toAbsolutePath());
      }));
    }
    return files.stream().map(this::container);
  }

  private DynamicNode container(Path file) {
    String name = folder.relativize(file).toString();
    ExpectedProfile expected;
    try {
      expected = ExpectedProfile.parse(file.toString(), Files.readString(file));
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage();
      return DynamicTest.dynamicTest(name, file.toUri(), () -> {
        throw new AssertionError(message);
      });
    }
    if (expected.verdicts().isEmpty() && expected.overall().isEmpty()) {
      return DynamicTest.dynamicTest(name, file.toUri(), () -> {
        throw new AssertionError(file + " has no expect: block; declare the expected verdicts beside the facts");
      });
    }
    Assessment assessment = asOf == null ? kijun.assess(expected.profile()) : kijun.assess(expected.profile(), asOf);
    List<DynamicTest> tests = new ArrayList<>();
    expected.overall().ifPresent(overall -> tests.add(DynamicTest.dynamicTest("overall " + overall, file.toUri(),
        () -> assertThat(assessment).hasOverall(overall))));
    expected.verdicts().forEach((criterion, verdict) -> tests.add(DynamicTest.dynamicTest(
        criterion + " " + verdict, file.toUri(),
        () -> assertThat(assessment).criterion(criterion.value()).hasVerdict(verdict))));
    return DynamicContainer.dynamicContainer(name, file.toUri(), tests.stream());
  }

  private List<Path> files() {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().matches("(?i).*\\.ya?ml$")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list profiles in " + folder, e);
    }
  }
}
