package dev.kijun.bench.baseline;

import dev.kijun.report.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline's answer for one criterion: what the engine's {@code Finding} says about verdicts, without formatted
 * reasons or evidence.
 *
 * @param criterion the criterion's id, e.g. {@code B2-05}
 * @param verdict the verdict
 * @param partIds the criterion's parts in catalog order; empty when the verdict is NOT_APPLICABLE or nothing was
 *     concluded, as in the engine's findings
 * @param partVerdicts the verdict of each part, index for index with {@code partIds}
 * @param missingFacts the missing facts as JSON pointers, sorted and distinct
 * @param conclusions what the checks concluded, for the reasons: kept as they are, not formatted
 */
public record BaselineFinding(String criterion, Verdict verdict, List<String> partIds, Verdict[] partVerdicts,
    List<String> missingFacts, BaselineConclusion[] conclusions) {

  /** The verdict of each part, by part id, in catalog order. */
  public Map<String, Verdict> parts() {
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (int i = 0; i < partIds.size(); i++) {
      out.put(partIds.get(i), partVerdicts[i]);
    }
    return out;
  }

  /**
   * The message keys of the reasons, as the engine names them ({@code B2-05.period-unknown}, or a {@code kijun.}
   * key of the assembler), distinct, in the order concluded.
   */
  public Set<String> reasonKeys() {
    Set<String> out = new LinkedHashSet<>();
    for (BaselineConclusion c : conclusions) {
      out.add(c.key().startsWith("kijun.") ? c.key() : criterion + "." + c.key());
    }
    return out;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts().forEach((k, v) -> parts.add(k + "=" + v));
    return criterion + "=" + verdict + parts + missingFacts + reasonKeys();
  }
}
