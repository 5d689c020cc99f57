package dev.kijun.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

  @Test
  void verdict_labels_line_up_the_reasons_in_japanese() throws IOException {
    StringBuilder out = new StringBuilder();
    new TextReportWriter(false).write(SampleReports.single(), out);

    List<String> rows = out.toString().lines().filter(line -> line.startsWith("T-0")).toList();
    assertThat(rows).hasSize(5);
    assertThat(rows.stream().map(TextReportWriterTest::reasonColumn).distinct()).containsExactly(22);
  }

  @Test
  void the_summary_table_aligns_japanese_columns_by_display_width() throws IOException {
    StringBuilder out = new StringBuilder();
    new TextReportWriter(false).writeSummary(SampleReports.batch(), out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("プロファイル");
    int fileColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("ファイル", "プロファイル".length())));
    for (String line : lines.subList(1, 4)) {
      assertThat(DisplayWidth.of(line.substring(0, line.indexOf("profiles/")))).isEqualTo(fileColumn);
    }
    assertThat(lines.get(4)).isEqualTo("合計 3: 適合 1, 不適合 1, 要確認 0, 読み込めない 1");
  }

  @Test
  void colour_is_written_only_when_asked_for() throws IOException {
    StringBuilder plain = new StringBuilder();
    StringBuilder coloured = new StringBuilder();
    new TextReportWriter(false).write(SampleReports.single(), plain);
    new TextReportWriter(true).write(SampleReports.single(), coloured);

    assertThat(plain.toString()).doesNotContain("\u001b[");
    assertThat(coloured.toString()).contains("\u001b[31m満たさない");
  }

  private static int reasonColumn(String row) {
    int i = 8;
    while (row.charAt(i) != ' ') {
      i++;
    }
    while (row.charAt(i) == ' ') {
      i++;
    }
    return DisplayWidth.of(row.substring(0, i));
  }
}
