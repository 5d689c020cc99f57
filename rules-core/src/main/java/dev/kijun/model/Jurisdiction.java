package dev.kijun.model;

import java.util.List;

/**
 * Law and courts of the contract (B2-01).
 *
 * @param governingLaw the country whose law governs the contract
 * @param courts the agreed courts (合意管轄裁判所)
 * @param operatesWithinJapaneseLaw whether the service can be operated within Japanese law
 */
public record Jurisdiction(GoverningLaw governingLaw, List<Court> courts, Claim operatesWithinJapaneseLaw) {
  public Jurisdiction {
    courts = courts == null ? null : List.copyOf(courts);
  }
}
