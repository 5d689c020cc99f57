package dev.kijun.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kijun.Version;
import dev.kijun.io.InputProblem;
import dev.kijun.model.Evidence;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON report. Its shape is versioned ({@code schemaVersion}) and its field order is stable. One assessed
 * profile gives one assessment document ({@code overall}, {@code findings[]} at the top); several give a batch
 * document with {@code assessments[]}, {@code errors[]} and a {@code summary}. Documented in {@code docs/report-schema.md}.
 */
final class JsonReportWriter implements ReportWriter {
  /** The version of the JSON shape; a breaking change raises the major number. */
  static final String SCHEMA_VERSION = "1.0";
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(Report report, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(buffer)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      g.setPrettyPrinter(pp);
      if (report.items().size() == 1 && report.items().get(0) instanceof ReportItem.Assessed a) {
        g.writeStartObject();
        header(g);
        assessmentFields(g, a);
        g.writeEndObject();
      } else {
        batch(g, report);
      }
    }
    out.append(buffer.toString()).append('\n');
  }

  private static void header(JsonGenerator g) throws IOException {
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeObjectFieldStart("engine");
    g.writeStringField("name", "kijun");
    g.writeStringField("version", Version.get());
    g.writeEndObject();
  }

  private static void batch(JsonGenerator g, Report report) throws IOException {
    g.writeStartObject();
    header(g);
    Map<String, Integer> summary = new TreeMap<>();
    summary.put("total", report.items().size());
    summary.put("failed", report.failed().size());
    for (Outcome o : Outcome.values()) {
      summary.put(o.name(), 0);
    }
    for (ReportItem.Assessed a : report.assessed()) {
      summary.merge(a.assessment().overall().name(), 1, Integer::sum);
    }
    g.writeObjectFieldStart("summary");
    g.writeNumberField("total", summary.get("total"));
    for (Outcome o : Outcome.values()) {
      g.writeNumberField(o.name(), summary.get(o.name()));
    }
    g.writeNumberField("failed", summary.get("failed"));
    g.writeEndObject();
    g.writeArrayFieldStart("assessments");
    for (ReportItem.Assessed a : report.assessed()) {
      g.writeStartObject();
      assessmentFields(g, a);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (ReportItem.Failed f : report.failed()) {
      g.writeStartObject();
      g.writeStringField("source", f.source());
      g.writeArrayFieldStart("problems");
      for (InputProblem p : f.problems()) {
        g.writeStartObject();
        g.writeStringField("pointer", p.pointer());
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void assessmentFields(JsonGenerator g, ReportItem.Assessed item) throws IOException {
    Assessment a = item.assessment();
    g.writeObjectFieldStart("profile");
    g.writeStringField("id", a.profileId());
    g.writeStringField("source", item.source());
    if (item.sha256() != null) {
      g.writeStringField("sha256", item.sha256());
    } else {
      g.writeNullField("sha256");
    }
    g.writeEndObject();
    g.writeStringField("catalog", a.catalogVersion());
    g.writeObjectFieldStart("revisions");
    for (Map.Entry<String, String> e : new TreeMap<>(a.revisions()).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("evaluationDate", a.evaluationDate().toString());
    g.writeStringField("overall", a.overall().name());
    g.writeStringField("overallJa", a.overall().japanese());
    g.writeObjectFieldStart("counts");
    for (Map.Entry<Verdict, Integer> e : a.counts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : a.findings()) {
      finding(g, f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (Reason r : a.notes()) {
      reason(g, r);
    }
    g.writeEndArray();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("criterion", f.criterion().value());
    g.writeStringField("verdict", f.verdict().name());
    g.writeStringField("verdictJa", f.verdict().japanese());
    g.writeStringField("level", f.level().name());
    g.writeArrayFieldStart("reasons");
    for (Reason r : f.reasons()) {
      reason(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missingFacts");
    for (String m : f.missingFacts()) {
      g.writeString(m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("evidence");
    for (Evidence e : f.evidence()) {
      g.writeStartObject();
      g.writeStringField("kind", e.kind().name());
      g.writeStringField("reference", e.reference());
      g.writeStringField("date", e.date() == null ? null : e.date().toString());
      g.writeStringField("url", e.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rules");
    for (String r : f.rules()) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("parts");
    for (PartResult p : f.parts()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("verdict", p.verdict().name());
      g.writeArrayFieldStart("reasons");
      for (Reason r : p.reasons()) {
        reason(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (f.waiver() != null) {
      g.writeObjectFieldStart("waiver");
      g.writeStringField("approvalNumber", f.waiver().approvalNumber());
      g.writeStringField("approver", f.waiver().approver());
      g.writeStringField("reason", f.waiver().reason());
      g.writeStringField("validUntil", f.waiver().validUntil() == null ? null : f.waiver().validUntil().toString());
      g.writeEndObject();
      g.writeStringField("originalVerdict", f.originalVerdict().name());
    }
    g.writeEndObject();
  }

  private static void reason(JsonGenerator g, Reason r) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", r.key());
    g.writeStringField("ja", r.ja());
    g.writeStringField("en", r.en());
    g.writeEndObject();
  }
}
