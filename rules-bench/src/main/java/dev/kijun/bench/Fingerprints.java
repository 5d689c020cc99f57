package dev.kijun.bench;

import dev.kijun.bench.baseline.BaselineFinding;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine and the hand-written baseline must agree on, per criterion: the verdict, each part's verdict, the
 * missing facts and the reason keys (without the assembler's note on unsupported declarations, which the baseline
 * does not track).
 */
public final class Fingerprints {
  private static final String UNSUPPORTED = "kijun.unsupported-declaration";

  private Fingerprints() {}

  /** The engine's findings, criterion by criterion. */
  public static Map<String, String> of(Assessment a) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Finding f : a.findings()) {
      Map<String, String> parts = new LinkedHashMap<>();
      for (PartResult p : f.parts()) {
        parts.put(p.id(), p.verdict().name());
      }
      Set<String> keys = new TreeSet<>();
      for (Reason r : f.reasons()) {
        if (!r.key().equals(UNSUPPORTED)) {
          keys.add(r.key());
        }
      }
      out.put(f.criterion().value(), fingerprint(f.verdict().name(), parts, f.missingFacts(), keys));
    }
    return out;
  }

  /** The baseline's findings, criterion by criterion. */
  public static Map<String, String> of(List<BaselineFinding> findings) {
    Map<String, String> out = new LinkedHashMap<>();
    for (BaselineFinding f : findings) {
      Map<String, String> parts = new LinkedHashMap<>();
      f.parts().forEach((id, v) -> parts.put(id, v.name()));
      out.put(f.criterion(), fingerprint(f.verdict().name(), parts, f.missingFacts(), new TreeSet<>(f.reasonKeys())));
    }
    return out;
  }

  private static String fingerprint(String verdict, Map<String, String> parts, List<String> missing,
      Set<String> keys) {
    return verdict + " parts=" + parts + " missing=" + missing + " keys=" + keys;
  }
}
