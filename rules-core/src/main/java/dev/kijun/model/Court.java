package dev.kijun.model;

import java.util.List;

/**
 * An agreed court (合意管轄裁判所).
 *
 * @param name the court's name, e.g. 東京地方裁判所
 * @param country where it sits
 * @param exclusive whether the agreement makes it the exclusive forum
 * @param evidence the clause or document that says so
 */
public record Court(String name, CountryCode country, Boolean exclusive, List<Evidence> evidence)
    implements HasEvidence {
  public Court {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
