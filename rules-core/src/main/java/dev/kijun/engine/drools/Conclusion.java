package dev.kijun.engine.drools;

import dev.kijun.criteria.CriterionId;
import dev.kijun.report.Verdict;
import java.util.List;

/**
 * One conclusion a rule stated. Internal.
 *
 * @param criterion the rule's criterion
 * @param part the rule's part, or null
 * @param verdict what it concluded
 * @param messageKey the full message key, criterion first
 * @param args the message's values
 * @param missingFact the missing fact for UNDETERMINED, or null
 * @param rule the rule's name
 */
public record Conclusion(CriterionId criterion, String part, Verdict verdict, String messageKey, List<Object> args,
    String missingFact, String rule) {}
