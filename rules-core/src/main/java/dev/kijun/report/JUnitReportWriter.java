package dev.kijun.report;

import dev.kijun.Version;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.io.InputProblem;
import dev.kijun.model.Evidence;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the shape Surefire and Ant write and CI systems read: a {@code <testsuites>} root, one
 * {@code <testsuite>} per profile, one {@code <testcase>} per criterion. NOT_SATISFIED is a {@code <failure>};
 * NOT_APPLICABLE and WAIVED are {@code <skipped>} with the reason; UNDETERMINED is an {@code <error>}, or a
 * {@code <failure>} when {@link Report#undeterminedIsFailure()} says so. A file that could not be read is a suite
 * with one {@code <error>}. Times are 0: an assessment is not a timed test.
 */
final class JUnitReportWriter implements ReportWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  @Override
  public void write(Report report, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(buffer);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      Totals all = new Totals();
      for (ReportItem item : report.items()) {
        all.add(totals(item, report));
      }
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "kijun");
      all.writeAttributes(x);
      for (ReportItem item : report.items()) {
        nl(x, 1);
        if (item instanceof ReportItem.Assessed a) {
          suite(x, a, report);
        } else if (item instanceof ReportItem.Failed f) {
          failedSuite(x, f);
        }
      }
      nl(x, 0);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.append(buffer.toString()).append('\n');
  }

  private static void suite(XMLStreamWriter x, ReportItem.Assessed item, Report report) throws XMLStreamException {
    Assessment a = item.assessment();
    x.writeStartElement("testsuite");
    x.writeAttribute("name", a.profileId());
    totals(item, report).writeAttributes(x);
    nl(x, 2);
    x.writeStartElement("properties");
    Map<String, String> props = new LinkedHashMap<>();
    props.put("kijun.source", item.source());
    props.put("kijun.sha256", item.sha256() == null ? "" : item.sha256());
    props.put("kijun.evaluationDate", a.evaluationDate().toString());
    props.put("kijun.catalog", a.catalogVersion());
    for (Map.Entry<String, String> e : new TreeMap<>(a.revisions()).entrySet()) {
      props.put("kijun.revision." + e.getKey(), e.getValue());
    }
    props.put("kijun.version", Version.get());
    props.put("kijun.overall", a.overall().name());
    for (Map.Entry<String, String> e : props.entrySet()) {
      nl(x, 3);
      x.writeEmptyElement("property");
      x.writeAttribute("name", e.getKey());
      x.writeAttribute("value", e.getValue());
    }
    nl(x, 2);
    x.writeEndElement();
    for (Finding f : a.findings()) {
      nl(x, 2);
      testcase(x, f, a.profileId(), report);
    }
    nl(x, 1);
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, Finding f, String profileId, Report report)
      throws XMLStreamException {
    Language lang = report.language();
    Labels l = Labels.of(lang);
    x.writeStartElement("testcase");
    x.writeAttribute("name", name(f, report.criterion(f.criterion()), lang));
    x.writeAttribute("classname", profileId);
    x.writeAttribute("time", "0");
    String first = f.reasons().isEmpty() ? l.verdict(f.verdict()) : f.reasons().get(0).text(lang);
    switch (f.verdict()) {
      case SATISFIED -> { }
      case NOT_SATISFIED -> outcome(x, "failure", f.verdict().name(), first, details(f, lang));
      case UNDETERMINED -> outcome(x, report.undeterminedIsFailure() ? "failure" : "error", f.verdict().name(), first,
          details(f, lang));
      case NOT_APPLICABLE -> skipped(x, l.verdict(f.verdict()) + ": " + first);
      case WAIVED -> skipped(x, l.verdict(f.verdict()) + " " + f.waiver().approvalNumber() + " ("
          + l.t("元の判定: ", "original verdict: ") + l.verdict(f.originalVerdict()) + "): " + first);
    }
    x.writeEndElement();
  }

  private static String name(Finding f, Optional<Criterion> criterion, Language lang) {
    String text = criterion.map(c -> lang == Language.JA ? c.textJa() : c.textEn()).orElse("");
    int nl = text.indexOf('\n');
    String firstLine = (nl < 0 ? text : text.substring(0, nl)).strip();
    if (firstLine.codePointCount(0, firstLine.length()) > 60) {
      firstLine = firstLine.substring(0, firstLine.offsetByCodePoints(0, 59)) + "…";
    }
    return firstLine.isEmpty() ? f.criterion().value() : f.criterion().value() + " " + firstLine;
  }

  private static String details(Finding f, Language lang) {
    Labels l = Labels.of(lang);
    StringBuilder sb = new StringBuilder();
    sb.append(f.criterion().value()).append(": ").append(l.verdict(f.verdict())).append(" (")
        .append(l.level(f.level())).append(")\n");
    for (Reason r : f.reasons()) {
      sb.append("- ").append(r.text(lang)).append('\n');
    }
    if (!f.missingFacts().isEmpty()) {
      sb.append(l.t("不足している事実: ", "missing facts: ")).append(String.join(", ", f.missingFacts())).append('\n');
    }
    if (!f.evidence().isEmpty()) {
      sb.append(l.t("根拠: ", "evidence: "))
          .append(String.join("; ", f.evidence().stream().map(Evidence::label).toList())).append('\n');
    }
    return sb.toString();
  }

  private static void outcome(XMLStreamWriter x, String element, String type, String message, String body)
      throws XMLStreamException {
    x.writeStartElement(element);
    x.writeAttribute("message", message);
    x.writeAttribute("type", type);
    x.writeCharacters(body);
    x.writeEndElement();
  }

  private static void skipped(XMLStreamWriter x, String message) throws XMLStreamException {
    x.writeEmptyElement("skipped");
    x.writeAttribute("message", message);
  }

  private static void failedSuite(XMLStreamWriter x, ReportItem.Failed f) throws XMLStreamException {
    x.writeStartElement("testsuite");
    x.writeAttribute("name", f.source());
    new Totals(1, 0, 1, 0).writeAttributes(x);
    nl(x, 2);
    x.writeStartElement("testcase");
    x.writeAttribute("name", "read " + f.source());
    x.writeAttribute("classname", f.source());
    x.writeAttribute("time", "0");
    StringBuilder body = new StringBuilder();
    for (InputProblem p : f.problems()) {
      body.append(p.describe()).append('\n');
    }
    String first = f.problems().isEmpty() ? "cannot be read" : f.problems().get(0).describe();
    outcome(x, "error", "INVALID_INPUT", first, body.toString());
    x.writeEndElement();
    nl(x, 1);
    x.writeEndElement();
  }

  private static Totals totals(ReportItem item, Report report) {
    if (item instanceof ReportItem.Assessed a) {
      Totals t = new Totals();
      for (Finding f : a.assessment().findings()) {
        t.tests++;
        switch (f.verdict()) {
          case NOT_SATISFIED -> t.failures++;
          case UNDETERMINED -> {
            if (report.undeterminedIsFailure()) {
              t.failures++;
            } else {
              t.errors++;
            }
          }
          case NOT_APPLICABLE, WAIVED -> t.skipped++;
          case SATISFIED -> { }
        }
      }
      return t;
    }
    return new Totals(1, 0, 1, 0);
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** The counts a suite or the root carries. */
  private static final class Totals {
    int tests;
    int failures;
    int errors;
    int skipped;

    Totals() {}

    Totals(int tests, int failures, int errors, int skipped) {
      this.tests = tests;
      this.failures = failures;
      this.errors = errors;
      this.skipped = skipped;
    }

    void add(Totals other) {
      tests += other.tests;
      failures += other.failures;
      errors += other.errors;
      skipped += other.skipped;
    }

    void writeAttributes(XMLStreamWriter x) throws XMLStreamException {
      x.writeAttribute("tests", String.valueOf(tests));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors));
      x.writeAttribute("skipped", String.valueOf(skipped));
      x.writeAttribute("time", "0");
    }
  }
}
