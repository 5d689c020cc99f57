package dev.kijun.model;

import java.util.List;

/**
 * Encryption at rest and in transit (B2-22).
 *
 * @param atRest every data store
 * @param inTransit every communication path
 */
public record Encryption(List<StoreEncryption> atRest, List<TransitEncryption> inTransit) {
  public Encryption {
    atRest = atRest == null ? null : List.copyOf(atRest);
    inTransit = inTransit == null ? null : List.copyOf(inTransit);
  }
}
