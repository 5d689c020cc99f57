package dev.kijun.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.criteria.Language;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  private static String html(Report report) throws IOException {
    StringBuilder out = new StringBuilder();
    ReportWriter.of(ReportFormat.HTML).write(report, out);
    return out.toString();
  }

  @Test
  void the_page_loads_nothing_from_elsewhere() throws IOException {
    String html = html(SampleReports.batch());

    assertThat(html).doesNotContainPattern("(?i)<script|<link|<img|<iframe|src=|@import|url\\(|https?://");
  }

  @Test
  void the_page_carries_print_rules_for_a4() throws IOException {
    String html = html(SampleReports.single());

    assertThat(html).contains("@page { size: A4;", "break-inside: avoid", "print-color-adjust: exact");
  }

  @Test
  void text_from_profiles_and_catalogs_is_escaped() throws IOException {
    String html = html(SampleReports.single());

    assertThat(html).doesNotContain("<b>", "暗号化すること。<script>")
        .contains("&lt;b&gt;太字&lt;/b&gt; &amp; | パイプ", "暗号化すること。&lt;script&gt;");
  }

  @Test
  void every_criterion_has_a_row_with_a_coloured_badge() throws IOException {
    String html = html(SampleReports.single());

    for (var c : SampleReports.criteria()) {
      assertThat(html).contains("<tr id=\"" + c.id().value() + "\">");
    }
    assertThat(html).contains("badge v-SATISFIED", "badge v-NOT_SATISFIED", "badge v-UNDETERMINED",
        "badge v-NOT_APPLICABLE", "badge v-WAIVED", "badge big o-NON_COMPLIANT");
  }

  @Test
  void english_shows_the_translation_with_the_original_beside_it() throws IOException {
    String html = html(SampleReports.single().in(Language.EN));

    assertThat(html).contains("<html lang=\"en\">", "Data centres holding non-public data are in Japan.",
        "原文: 非公開情報のデータが保存されるデータセンターは日本国内にあること。");
  }
}
