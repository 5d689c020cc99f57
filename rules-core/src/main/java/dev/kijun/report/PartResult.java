package dev.kijun.report;

import java.util.List;

/**
 * The verdict on one part of a multi-part criterion, e.g. ① of B2-10.
 *
 * @param id the part's id
 * @param verdict its verdict
 * @param reasons why
 */
public record PartResult(String id, Verdict verdict, List<Reason> reasons) {
  public PartResult {
    reasons = List.copyOf(reasons);
  }
}
