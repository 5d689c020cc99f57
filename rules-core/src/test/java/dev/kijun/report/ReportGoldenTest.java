package dev.kijun.report;

import dev.kijun.criteria.Language;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format, in both languages, for one profile and for a batch with an unreadable file, against golden files. */
class ReportGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(ReportFormat.values()).flatMap(format -> Stream.of(Language.values()).flatMap(language ->
        Stream.of(Arguments.of(format, language, "single"), Arguments.of(format, language, "batch"))));
  }

  @ParameterizedTest(name = "{2} report in {0}, {1}")
  @MethodSource("cases")
  void each_format_matches_its_golden_file(ReportFormat format, Language language, String which) throws IOException {
    Report report = (which.equals("single") ? SampleReports.single() : SampleReports.batch()).in(language);
    StringBuilder out = new StringBuilder();

    ReportWriter.of(format).write(report, out);

    Golden.assertMatches(which + "-" + language.name().toLowerCase() + "." + format.extension(), out.toString());
  }
}
