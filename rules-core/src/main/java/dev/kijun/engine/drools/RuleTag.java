package dev.kijun.engine.drools;

import dev.kijun.criteria.CriterionId;

/** The criterion and part a rule carries in its metadata. */
record RuleTag(String rule, CriterionId criterion, String part) {}
