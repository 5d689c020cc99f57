package dev.kijun.examples;

import static dev.kijun.test.KijunAssertions.assertThat;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.ProfileReader;
import dev.kijun.report.Assessment;
import dev.kijun.report.Outcome;
import dev.kijun.report.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's example profiles, as the README shows them: one finding per criterion, with these verdicts. */
class EvaluateExampleProfilesTest {
  static final Kijun KIJUN = Kijun.builder().catalog(StandardCatalog.load()).build();
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final String IDS = "B2-01 B2-02 B2-03 B2-05 B2-07 B2-09 B2-10 B2-13 B2-14 B2-16 B2-19 B2-20 B2-22 B2-25 "
      + "B2-33 B2-34 B2-38 B2-39 B2-43 B2-44 B2-46 B2-47";

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("compliant-saas.yaml", Outcome.COMPLIANT, verdicts("S S S S S S S S S S S S S S S S S S S S S NA")),
        Arguments.of("compliant-iaas.yaml", Outcome.COMPLIANT, verdicts("S S S S S S S NA NA S S S S S NA S S S S S S S")),
        Arguments.of("noncompliant-foreign-law.yaml", Outcome.NON_COMPLIANT,
            verdicts("N N N N N S N S N N N N N N N N N N N N N N")),
        Arguments.of("incomplete-many-unknowns.yaml", Outcome.INCOMPLETE,
            verdicts("U U U U U U U U U U U U U U U U U U U U U U")));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("examples")
  void each_example_gets_one_finding_per_criterion_with_the_documented_verdict(String file, Outcome overall,
      Map<String, Verdict> verdicts) {
    Assessment a = KIJUN.assess(ProfileReader.create().read(Path.of("profiles", file)), DAY);
    assertThat(a).hasOverall(overall).hasOnlyCriteria(IDS.split(" "));
    verdicts.forEach((id, verdict) -> assertThat(a).criterion(id).hasVerdict(verdict));
  }

  private static Map<String, Verdict> verdicts(String codes) {
    String[] ids = IDS.split(" ");
    String[] v = codes.split(" ");
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      out.put(ids[i], switch (v[i]) {
        case "S" -> Verdict.SATISFIED;
        case "N" -> Verdict.NOT_SATISFIED;
        case "U" -> Verdict.UNDETERMINED;
        case "NA" -> Verdict.NOT_APPLICABLE;
        default -> throw new IllegalArgumentException(Arrays.toString(v));
      });
    }
    return out;
  }
}
