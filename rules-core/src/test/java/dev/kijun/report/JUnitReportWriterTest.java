package dev.kijun.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

class JUnitReportWriterTest {

  private static String xml(Report report) throws IOException {
    StringBuilder out = new StringBuilder();
    ReportWriter.of(ReportFormat.JUNIT).write(report, out);
    return out.toString();
  }

  static void assertValidJUnitXml(String xml) throws Exception {
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var schema = factory.newSchema(JUnitReportWriterTest.class.getResource("/dev/kijun/report/junit-report.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void the_xml_is_valid_against_the_surefire_and_ant_shape() {
    assertThatCode(() -> assertValidJUnitXml(xml(SampleReports.batch()))).doesNotThrowAnyException();
  }

  @Test
  void undetermined_is_an_error_by_default_and_a_failure_when_asked() throws IOException {
    Report report = SampleReports.single();
    Report strict = new Report(report.items(), report.criteria(), report.language(), true);

    assertThat(xml(report)).contains("<error message=\"通知期間が申告されていません。\" type=\"UNDETERMINED\">")
        .contains("tests=\"5\" failures=\"1\" errors=\"1\" skipped=\"2\"");
    assertThat(xml(strict)).contains("<failure message=\"通知期間が申告されていません。\" type=\"UNDETERMINED\">")
        .contains("tests=\"5\" failures=\"2\" errors=\"0\" skipped=\"2\"");
  }

  @Test
  void not_applicable_and_waived_are_skipped_with_the_reason() throws IOException {
    String xml = xml(SampleReports.single());

    assertThat(xml).contains("<skipped message=\"対象外: IaaS のため、この基準は対象外です（サービス種別: IAAS）。\"",
        "<skipped message=\"例外承認 総務-2026-001 (元の判定: 満たさない): 記号");
  }

  @Test
  void an_unreadable_file_is_a_suite_with_one_error() throws IOException {
    String xml = xml(SampleReports.batch());

    assertThat(xml).contains("<testsuite name=\"profiles/broken.yaml\" tests=\"1\" failures=\"0\" errors=\"1\"",
        "type=\"INVALID_INPUT\"");
    assertThat(List.of(xml.split("<testcase ")).size() - 1).isEqualTo(5 + 1 + 5);
  }
}
