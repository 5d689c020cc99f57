package dev.kijun.test;

import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import java.util.stream.Collectors;

/** How the kit shows findings in failure messages: every finding, its verdict, reasons and missing facts. */
final class Describe {
  private Describe() {}

  static String assessment(Assessment a) {
    StringBuilder sb = new StringBuilder();
    sb.append("profile ").append(a.profileId()).append(" — overall ").append(a.overall()).append('\n');
    for (Finding f : a.findings()) {
      sb.append(finding(f));
    }
    if (!a.notes().isEmpty()) {
      sb.append("  notes:\n");
      a.notes().forEach(n -> sb.append("    - ").append(n.en()).append('\n'));
    }
    return sb.toString();
  }

  static String finding(Finding f) {
    StringBuilder sb = new StringBuilder();
    sb.append("  ").append(f.criterion()).append(": ").append(f.verdict());
    if (f.verdict() != f.originalVerdict()) {
      sb.append(" (originally ").append(f.originalVerdict()).append(')');
    }
    sb.append('\n');
    for (Reason r : f.reasons()) {
      sb.append("    - ").append(r.en()).append('\n');
    }
    if (!f.missingFacts().isEmpty()) {
      sb.append("    missing: ").append(String.join(", ", f.missingFacts())).append('\n');
    }
    if (!f.parts().isEmpty()) {
      sb.append("    parts: ").append(f.parts().stream().map(Describe::part).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return sb.toString();
  }

  private static String part(PartResult p) {
    return p.id() + "=" + p.verdict();
  }
}
