package dev.kijun.bench.baseline;

import dev.kijun.report.Verdict;

/**
 * One conclusion a hand-written check stated, like one rule firing.
 *
 * @param part the part it is about, or null for the criterion as a whole
 * @param verdict what it concluded
 * @param key the message key without the criterion, as the DRL names it ({@code period-unknown})
 * @param missingFact the missing fact for UNDETERMINED, or null
 */
public record BaselineConclusion(String part, Verdict verdict, String key, String missingFact) {}
