package dev.kijun.rules;

/**
 * How a rule states its conclusion. Every DRL file declares {@code global dev.kijun.rules.Conclusions conclude;}
 * and each rule ends in one call, e.g. {@code conclude.notSatisfied("notice-too-short", $actual, $required)}.
 *
 * <p>The criterion (and part) come from the rule's {@code @criterion("B2-05")} (and {@code @part("①")}) metadata;
 * the key is looked up as {@code B2-05.notice-too-short} in the catalog's message bundles, so the explanation is
 * written once, in Japanese and English, beside the rule. Arguments are the values the message names: actual and
 * required values. A {@link dev.kijun.model.Claim} argument also records its evidence, and a claim with no
 * independent evidence is reported as an unsupported declaration.
 *
 * <p>Several conclusions for one criterion combine: NOT_SATISFIED outweighs UNDETERMINED, which outweighs
 * SATISFIED; NOT_APPLICABLE stands only when nothing else was concluded against the criterion.
 */
public interface Conclusions {
  /** The criterion, or this part of it, is met. */
  void satisfied(String key, Object... args);

  /** The criterion, or this part of it, is not met. */
  void notSatisfied(String key, Object... args);

  /**
   * The facts do not decide it.
   *
   * @param missingFact the missing or unknown fact as a JSON pointer into the profile, e.g. {@code /changeNotice/noticePeriod}
   */
  void undetermined(String key, String missingFact, Object... args);

  /** The criterion does not apply to this service; the message says why. */
  void notApplicable(String key, Object... args);
}
