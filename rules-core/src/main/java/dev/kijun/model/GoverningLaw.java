package dev.kijun.model;

import java.util.List;

/**
 * The governing law of the contract.
 *
 * @param country the country whose law governs
 * @param evidence the clause or document that says so
 */
public record GoverningLaw(CountryCode country, List<Evidence> evidence) implements HasEvidence {
  public GoverningLaw {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
