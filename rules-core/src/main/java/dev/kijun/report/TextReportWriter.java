package dev.kijun.report;

import dev.kijun.criteria.Language;
import dev.kijun.io.InputProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A compact table for terminals: one line per criterion with its verdict and first reason, the other reasons and
 * the missing facts indented below, the overall result last. Several profiles end with a summary table, one line per
 * profile ({@link #writeSummary}). Columns are aligned by display width, so Japanese text lines up. Colour only when
 * asked for (the CLI asks on a terminal without {@code NO_COLOR}).
 */
public final class TextReportWriter implements ReportWriter {
  private final boolean colour;

  /** @param colour whether to colour verdicts with ANSI escapes */
  public TextReportWriter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(Report report, Appendable out) throws IOException {
    Language lang = report.language();
    boolean ja = lang == Language.JA;
    boolean first = true;
    for (ReportItem item : report.items()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      if (item instanceof ReportItem.Assessed a) {
        assessment(a, lang, out);
      } else if (item instanceof ReportItem.Failed f) {
        out.append(ja ? "読み込めません: " : "cannot read: ").append(f.source()).append('\n');
        for (InputProblem p : f.problems()) {
          out.append("  ").append(p.describe()).append('\n');
        }
      }
    }
    if (report.items().size() > 1) {
      out.append('\n');
      writeSummary(report, out);
    }
  }

  /**
   * Writes the summary table of a report: one line per input with its overall result and the count of each verdict,
   * the unreadable files marked, and the totals last.
   */
  public void writeSummary(Report report, Appendable out) throws IOException {
    Labels l = Labels.of(report.language());
    String[] header = new String[4 + Verdict.values().length];
    header[0] = l.t("プロファイル", "profile");
    header[1] = l.t("ファイル", "file");
    header[2] = l.t("総合判定", "overall");
    for (int i = 0; i < Verdict.values().length; i++) {
      header[3 + i] = label(Verdict.values()[i], report.language());
    }
    header[header.length - 1] = "";
    List<String[]> rows = new ArrayList<>();
    List<String> paints = new ArrayList<>();
    for (ReportItem item : report.items()) {
      String[] row = new String[header.length];
      Arrays.fill(row, "");
      row[1] = item.source();
      if (item instanceof ReportItem.Assessed a) {
        Outcome o = a.assessment().overall();
        row[0] = a.assessment().profileId();
        row[2] = ja(report) ? o.japanese() : o.name();
        Map<Verdict, Integer> counts = a.assessment().counts();
        for (int i = 0; i < Verdict.values().length; i++) {
          row[3 + i] = String.valueOf(counts.get(Verdict.values()[i]));
        }
        paints.add(o.name());
      } else {
        row[0] = "-";
        row[2] = l.t("読み込めない", "UNREADABLE");
        paints.add("FAILED");
      }
      rows.add(row);
    }
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = DisplayWidth.of(header[c]);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
      }
    }
    line(header, widths, null, out);
    for (int r = 0; r < rows.size(); r++) {
      line(rows.get(r), widths, paints.get(r), out);
    }
    Summary s = Summary.of(report);
    out.append(l.t("合計 ", "total ")).append(String.valueOf(s.total())).append(": ");
    for (Outcome o : Outcome.values()) {
      out.append(paint(o, ja(report) ? o.japanese() : o.name())).append(' ').append(String.valueOf(s.count(o)))
          .append(", ");
    }
    out.append(l.t("読み込めない ", "unreadable ")).append(String.valueOf(s.failed())).append('\n');
  }

  private void line(String[] cells, int[] widths, String paint, Appendable out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length - 1; c++) {
      boolean number = c >= 3;
      String cell = number ? " ".repeat(Math.max(0, widths[c] - DisplayWidth.of(cells[c]))) + cells[c]
          : DisplayWidth.pad(cells[c], widths[c]);
      if (c == 2 && paint != null) {
        cell = paint.equals("FAILED") ? (colour ? "\u001b[1;35m" + cell + "\u001b[0m" : cell)
            : paint(Outcome.valueOf(paint), cell);
      }
      sb.append(cell).append(c < cells.length - 2 ? "  " : "");
    }
    out.append(sb.toString().stripTrailing()).append('\n');
  }

  private static boolean ja(Report report) {
    return report.language() == Language.JA;
  }

  private void assessment(ReportItem.Assessed item, Language lang, Appendable out) throws IOException {
    boolean ja = lang == Language.JA;
    Assessment a = item.assessment();
    out.append(ja ? "プロファイル " : "profile ").append(a.profileId())
        .append(" (").append(item.source()).append(")  ")
        .append(ja ? "評価日 " : "as of ").append(a.evaluationDate().toString()).append("  ")
        .append(ja ? "カタログ " : "catalog ").append(a.catalogVersion()).append('\n');
    int verdictWidth = ja ? 14 : 16;
    for (Finding f : a.findings()) {
      String label = label(f.verdict(), lang);
      String reason = f.reasons().isEmpty() ? "" : f.reasons().get(0).text(lang);
      out.append(DisplayWidth.pad(f.criterion().value(), 8))
          .append(paint(f.verdict(), DisplayWidth.pad(label, verdictWidth)))
          .append(reason).append('\n');
      if (f.verdict() == Verdict.NOT_SATISFIED || f.verdict() == Verdict.UNDETERMINED
          || f.verdict() == Verdict.WAIVED) {
        for (int i = 1; i < f.reasons().size(); i++) {
          out.append(" ".repeat(8 + verdictWidth)).append(f.reasons().get(i).text(lang)).append('\n');
        }
        if (!f.missingFacts().isEmpty()) {
          out.append(" ".repeat(8 + verdictWidth)).append(ja ? "不足している事実: " : "missing facts: ")
              .append(String.join(", ", f.missingFacts())).append('\n');
        }
      }
      if (f.waiver() != null) {
        out.append(" ".repeat(8 + verdictWidth))
            .append(ja ? "例外承認 " : "waiver ").append(f.waiver().approvalNumber())
            .append(ja ? "（元の判定: " : " (original verdict: ").append(label(f.originalVerdict(), lang))
            .append(ja ? "）" : ")").append('\n');
      }
    }
    for (Reason note : a.notes()) {
      out.append(ja ? "注記: " : "note: ").append(note.text(lang)).append('\n');
    }
    Outcome overall = a.overall();
    out.append(ja ? "総合判定: " : "overall: ")
        .append(paint(overall, ja ? overall.japanese() : overall.name()))
        .append("  (");
    boolean firstCount = true;
    for (Map.Entry<Verdict, Integer> e : a.counts().entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      if (!firstCount) {
        out.append(", ");
      }
      firstCount = false;
      out.append(label(e.getKey(), lang)).append(' ').append(String.valueOf(e.getValue()));
    }
    out.append(")\n");
  }

  static String label(Verdict v, Language lang) {
    return lang == Language.JA ? v.japanese() : v.name();
  }

  private String paint(Verdict v, String text) {
    if (!colour) {
      return text;
    }
    String code = switch (v) {
      case SATISFIED -> "32";
      case NOT_SATISFIED -> "31";
      case UNDETERMINED -> "33";
      case NOT_APPLICABLE -> "90";
      case WAIVED -> "36";
    };
    return "\u001b[" + code + "m" + text + "\u001b[0m";
  }

  private String paint(Outcome o, String text) {
    if (!colour) {
      return text;
    }
    String code = switch (o) {
      case COMPLIANT -> "1;32";
      case NON_COMPLIANT -> "1;31";
      case INCOMPLETE -> "1;33";
    };
    return "\u001b[" + code + "m" + text + "\u001b[0m";
  }
}
