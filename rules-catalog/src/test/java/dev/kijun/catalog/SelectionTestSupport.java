package dev.kijun.catalog;

import dev.kijun.engine.Kijun;
import dev.kijun.io.DocumentReader;
import dev.kijun.io.ProfileReader;
import dev.kijun.policy.Parameters;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * For the selection criteria's tests: profiles written inline as YAML (for tables of cases that would need a fixture
 * file each), engines with a municipality's own parameters, and the reasons of one part.
 */
final class SelectionTestSupport {
  private SelectionTestSupport() {}

  /** The finding for {@code criterion} on a profile given as YAML, with the default parameters. */
  static Finding findingOf(String criterion, String yaml) {
    return findingOf(Fixtures.engine(), criterion, yaml);
  }

  /** The finding for {@code criterion} on a profile given as YAML, by the given engine. */
  static Finding findingOf(Kijun engine, String criterion, String yaml) {
    return engine.assess(ProfileReader.create().read("inline.yaml", yaml), Fixtures.AS_OF).finding(criterion)
        .orElseThrow();
  }

  /** The finding for a fixture file, by the given engine. */
  static Finding fixtureFinding(Kijun engine, String criterion, String name) {
    return engine.assess(Fixtures.profile(criterion, name), Fixtures.AS_OF).finding(criterion).orElseThrow();
  }

  /** An engine over the standard catalog with parameters written as a policy owner would, in YAML. */
  static Kijun engineWith(String parametersYaml) {
    Parameters parameters = DocumentReader.of(Parameters.class)
        .read("parameters.yaml", parametersYaml.getBytes(StandardCharsets.UTF_8)).value();
    return Kijun.builder().catalog(StandardCatalog.load()).parameters(parameters).build();
  }

  /** The part's verdict and reasons; fails when the criterion has no such part. */
  static PartResult part(Finding f, String id) {
    return f.part(id).orElseThrow(() -> new AssertionError("no part " + id + " in " + f.parts()));
  }

  /** The message keys of one part's reasons, e.g. {@code B2-10.report-deadline-too-long}. */
  static String partKeys(Finding f, String id) {
    return part(f, id).reasons().stream().map(Reason::key).collect(Collectors.joining("\n"));
  }

  /** The English reasons of one part. */
  static String partEn(Finding f, String id) {
    return part(f, id).reasons().stream().map(Reason::en).collect(Collectors.joining("\n"));
  }
}
