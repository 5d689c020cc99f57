package dev.kijun.criteria;

/**
 * One part of a multi-part criterion, such as ① of B2-10. Every part must be concluded by a rule; a part no rule
 * concluded makes the criterion UNDETERMINED.
 *
 * @param id the part's id as the rules name it, e.g. {@code ①} or {@code report-deadline}
 * @param ja what the part asks, in Japanese
 * @param en the same in English
 */
public record Part(String id, String ja, String en) {}
