package dev.kijun.report;

import dev.kijun.Version;
import dev.kijun.criteria.Criterion;
import dev.kijun.io.InputProblem;
import dev.kijun.model.Evidence;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A self-contained HTML page: the CSS is inline and nothing is loaded from elsewhere (no fonts, scripts or images),
 * so the file can be attached to a 決裁 and opened years later. It prints on A4 (on screen it is wider, up to
 * 1180 pixels): the matrix rows do not break across
 * pages, the badges keep their colours, and with several profiles each starts on a new page.
 */
final class HtmlReportWriter implements ReportWriter {
  private static final String CSS = """
      @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic",
        "Meiryo", sans-serif; font-size: 10pt; line-height: 1.5; color: #1b1b1b; margin: 0 auto; padding: 8mm;
        max-width: 1180px; background: #fff; }
      h1 { font-size: 16pt; margin: 0 0 4mm; border-bottom: 2px solid #1b1b1b; padding-bottom: 2mm; }
      h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
      h3 { font-size: 11pt; margin: 4mm 0 2mm; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #9a9a9a; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
      thead th { background: #e9ecef; }
      table.meta { width: auto; margin-bottom: 3mm; }
      table.meta th { background: #f3f4f6; font-weight: normal; white-space: nowrap; }
      table.meta td { word-break: break-all; }
      table.counts { width: auto; }
      table.counts td.n { text-align: right; min-width: 12mm; }
      table.matrix { table-layout: fixed; }
      table.matrix col.id { width: 17mm; }
      table.matrix col.text { width: 40%; }
      table.matrix col.verdict { width: 31mm; }
      table.matrix tr { break-inside: avoid; }
      tr.category th { background: #d7dde4; font-size: 10.5pt; }
      tr.subcategory th { background: #eef1f4; font-weight: normal; padding-left: 5mm; }
      td.id { font-weight: bold; white-space: nowrap; }
      .level { display: block; font-weight: normal; font-size: 8.5pt; color: #444; }
      .original { display: block; margin-top: 1.5mm; color: #444; font-size: 9pt; }
      ul.reasons { margin: 0; padding-left: 4.5mm; }
      .missing, .evidence, .waiver, .parts { margin: 1mm 0 0; font-size: 9pt; }
      code { font-family: "Noto Sans Mono CJK JP", "DejaVu Sans Mono", monospace; font-size: 8.5pt;
        background: #f3f4f6; padding: 0 0.6mm; word-break: break-all; }
      .badge { display: inline-block; border-radius: 1.2mm; padding: 0.3mm 1.8mm; font-weight: bold; white-space: nowrap;
        color: #fff; border: 1px solid rgba(0,0,0,.25); }
      .badge.big { font-size: 14pt; padding: 1mm 4mm; }
      .v-SATISFIED, .o-COMPLIANT { background: #1a7f37; }
      .v-NOT_SATISFIED, .o-NON_COMPLIANT { background: #c62828; }
      .v-UNDETERMINED, .o-INCOMPLETE { background: #f2c230; color: #2b2100; }
      .v-NOT_APPLICABLE { background: #6e7781; }
      .v-WAIVED { background: #1f5fbf; }
      .overall { margin: 3mm 0; font-size: 12pt; }
      .note { border-left: 3px solid #f2c230; padding-left: 2mm; }
      section.profile + section.profile { break-before: page; }
      footer { margin-top: 6mm; font-size: 8.5pt; color: #555; }
      @media print { body { padding: 0; max-width: none; font-size: 9pt; } }
      """;

  @Override
  public void write(Report report, Appendable out) throws IOException {
    Labels l = Labels.of(report.language());
    String title = l.t("外部サービス選定基準 評価報告書", "External service selection criteria: assessment report");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(report.language().name().toLowerCase(Locale.ROOT))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Kijun ").append(Html.escape(Version.get())).append("\">\n")
        .append("<title>").append(Html.escape(title));
    if (report.items().size() == 1) {
      out.append(" — ").append(Html.escape(displayName(report.items().get(0))));
    }
    out.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    if (report.items().size() > 1) {
      summary(report, l, out);
    }
    for (ReportItem item : report.items()) {
      if (item instanceof ReportItem.Assessed a) {
        assessment(a, report, l, out);
      } else if (item instanceof ReportItem.Failed f) {
        failed(f, l, out);
      }
    }
    out.append("<footer>").append(Html.escape(l.t("Kijun " + Version.get() + " により作成",
        "Generated by Kijun " + Version.get()))).append("</footer>\n</body>\n</html>\n");
  }

  private static String displayName(ReportItem item) {
    return item instanceof ReportItem.Assessed a ? a.assessment().profileId() : item.source();
  }

  private static void summary(Report report, Labels l, Appendable out) throws IOException {
    Summary s = Summary.of(report);
    out.append("<section class=\"summary\">\n<h2>").append(l.t("概要", "Summary")).append("</h2>\n<p>")
        .append(Html.escape(l.t("プロファイル " + s.total() + " 件", s.total() + " profiles"))).append(": ");
    for (Outcome o : Outcome.values()) {
      out.append(outcomeBadge(o, l, false)).append(' ').append(String.valueOf(s.count(o))).append(" &nbsp; ");
    }
    out.append(Html.escape(l.t("読み込めない ", "unreadable "))).append(String.valueOf(s.failed())).append("</p>\n");
    out.append("<table class=\"batch\">\n<thead><tr><th>").append(l.t("プロファイル", "Profile")).append("</th><th>")
        .append(l.t("ファイル", "File")).append("</th><th>").append(l.t("総合判定", "Overall")).append("</th>");
    for (Verdict v : Verdict.values()) {
      out.append("<th>").append(Html.escape(l.verdict(v))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (ReportItem item : report.items()) {
      out.append("<tr>");
      if (item instanceof ReportItem.Assessed a) {
        out.append("<td><code>").append(Html.escape(a.assessment().profileId())).append("</code></td><td><code>")
            .append(Html.escape(a.source())).append("</code></td><td>")
            .append(outcomeBadge(a.assessment().overall(), l, false)).append("</td>");
        for (Map.Entry<Verdict, Integer> e : a.assessment().counts().entrySet()) {
          out.append("<td class=\"n\">").append(String.valueOf(e.getValue())).append("</td>");
        }
      } else {
        out.append("<td>—</td><td><code>").append(Html.escape(item.source())).append("</code></td><td colspan=\"")
            .append(String.valueOf(Verdict.values().length + 1)).append("\">")
            .append(Html.escape(l.t("読み込めません", "cannot be read"))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void assessment(ReportItem.Assessed item, Report report, Labels l, Appendable out)
      throws IOException {
    Assessment a = item.assessment();
    out.append("<section class=\"profile\" id=\"").append(Html.escape("profile-" + a.profileId())).append("\">\n");
    out.append("<table class=\"meta\">\n");
    meta(out, l.t("プロファイル", "Profile"), "<code>" + Html.escape(a.profileId()) + "</code>");
    meta(out, l.t("ファイル", "File"), "<code>" + Html.escape(item.source()) + "</code>");
    meta(out, "SHA-256", item.sha256() == null ? "—" : "<code>" + Html.escape(item.sha256()) + "</code>");
    meta(out, l.t("評価日", "Evaluation date"), Html.escape(a.evaluationDate().toString()));
    meta(out, l.t("カタログ", "Catalog"), Html.escape(a.catalogVersion()));
    StringBuilder revisions = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(a.revisions()).entrySet()) {
      revisions.append(revisions.length() == 0 ? "" : ", ").append(Html.escape(e.getKey() + ": " + e.getValue()));
    }
    meta(out, l.t("データの改訂", "Data revisions"), revisions.length() == 0 ? "—" : revisions.toString());
    meta(out, "Kijun", Html.escape(Version.get()));
    out.append("</table>\n");

    out.append("<p class=\"overall\">").append(l.t("総合判定", "Overall result")).append(": ")
        .append(outcomeBadge(a.overall(), l, true)).append("</p>\n");
    out.append("<table class=\"counts\">\n<thead><tr><th>").append(l.t("判定", "Verdict")).append("</th><th>")
        .append(l.t("件数", "Criteria")).append("</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<Verdict, Integer> e : a.counts().entrySet()) {
      out.append("<tr><td>").append(verdictBadge(e.getKey(), l)).append("</td><td class=\"n\">")
          .append(String.valueOf(e.getValue())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    for (Reason note : a.notes()) {
      out.append("<p class=\"note\">").append(Html.escape(l.t("注記: ", "Note: ")))
          .append(Html.lines(note.text(report.language()))).append("</p>\n");
    }

    out.append("<h2>").append(l.t("基準ごとの判定", "Verdict per criterion")).append("</h2>\n");
    out.append("<table class=\"matrix\">\n<colgroup><col class=\"id\"><col class=\"text\"><col class=\"verdict\"><col>"
        + "</colgroup>\n<thead><tr><th>No.</th><th>").append(l.t("基準（原文）", "Criterion"))
        .append("</th><th>").append(l.t("判定", "Verdict")).append("</th><th>")
        .append(l.t("理由・不足している事実", "Reasons and missing facts")).append("</th></tr></thead>\n<tbody>\n");
    String lastCategory = null;
    for (CriterionGroup group : CriterionGroup.of(a, report, l.t("その他", "Other"))) {
      if (!group.category().equals(lastCategory)) {
        out.append("<tr class=\"category\"><th colspan=\"4\">").append(Html.escape(group.category()))
            .append("</th></tr>\n");
        lastCategory = group.category();
      }
      if (group.hasSubcategory()) {
        out.append("<tr class=\"subcategory\"><th colspan=\"4\">").append(Html.escape(group.subcategory()))
            .append("</th></tr>\n");
      }
      for (CriterionGroup.Row row : group.rows()) {
        findingRow(row, report, l, out);
      }
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void findingRow(CriterionGroup.Row row, Report report, Labels l, Appendable out) throws IOException {
    Finding f = row.finding();
    out.append("<tr id=\"").append(Html.escape(f.criterion().value())).append("\"><td class=\"id\">")
        .append(Html.escape(f.criterion().value())).append("<span class=\"level\">")
        .append(Html.escape(l.level(f.level()))).append("</span></td><td class=\"text\">");
    if (row.criterion().isPresent()) {
      Criterion c = row.criterion().get();
      if (l.ja()) {
        out.append(Html.lines(c.textJa()));
      } else {
        out.append(Html.lines(c.textEn())).append("<span class=\"original\" lang=\"ja\">原文: ")
            .append(Html.lines(c.textJa())).append("</span>");
      }
    }
    out.append("</td><td>").append(verdictBadge(f.verdict(), l)).append("</td><td>");
    if (!f.reasons().isEmpty()) {
      out.append("<ul class=\"reasons\">");
      for (Reason r : f.reasons()) {
        out.append("<li>").append(Html.lines(r.text(report.language()))).append("</li>");
      }
      out.append("</ul>");
    }
    if (!f.missingFacts().isEmpty()) {
      out.append("<p class=\"missing\"><strong>").append(l.t("不足している事実", "Missing facts")).append(":</strong> ");
      boolean first = true;
      for (String m : f.missingFacts()) {
        out.append(first ? "" : ", ").append("<code>").append(Html.escape(m)).append("</code>");
        first = false;
      }
      out.append("</p>");
    }
    if (!f.evidence().isEmpty()) {
      out.append("<p class=\"evidence\"><strong>").append(l.t("根拠", "Evidence")).append(":</strong> ");
      boolean first = true;
      for (Evidence e : f.evidence()) {
        out.append(first ? "" : "; ").append(Html.escape(e.label()));
        first = false;
      }
      out.append("</p>");
    }
    if (f.waiver() != null) {
      out.append("<p class=\"waiver\"><strong>").append(l.t("例外承認", "Waiver")).append(":</strong> ")
          .append(Html.escape(f.waiver().approvalNumber() + " (" + f.waiver().approver() + ", "
              + l.t("期限 ", "valid until ") + f.waiver().validUntil() + ") — " + f.waiver().reason()))
          .append(" · ").append(l.t("元の判定", "original verdict")).append(": ")
          .append(verdictBadge(f.originalVerdict(), l)).append("</p>");
    }
    out.append("</td></tr>\n");
  }

  private static void failed(ReportItem.Failed f, Labels l, Appendable out) throws IOException {
    out.append("<section class=\"profile failed\">\n<h2>").append(l.t("読み込めないファイル", "Unreadable file"))
        .append(": <code>").append(Html.escape(f.source())).append("</code></h2>\n<ul>\n");
    for (InputProblem p : f.problems()) {
      out.append("<li>").append(Html.escape(p.describe())).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static void meta(Appendable out, String key, String valueHtml) throws IOException {
    out.append("<tr><th>").append(Html.escape(key)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
  }

  private static String verdictBadge(Verdict v, Labels l) {
    return "<span class=\"badge v-" + v.name() + "\">" + Html.escape(l.verdict(v)) + "</span>";
  }

  private static String outcomeBadge(Outcome o, Labels l, boolean big) {
    return "<span class=\"badge" + (big ? " big" : "") + " o-" + o.name() + "\">" + Html.escape(l.outcome(o))
        + "</span>";
  }
}
