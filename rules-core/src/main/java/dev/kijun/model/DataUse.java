package dev.kijun.model;

import java.util.List;

/**
 * How the provider may use the city's information assets (B2-07).
 *
 * @param limitedToServiceProvision whether use is limited to what providing the service needs
 * @param secondaryUses every other use the terms allow
 */
public record DataUse(Claim limitedToServiceProvision, List<SecondaryUse> secondaryUses) {
  public DataUse {
    secondaryUses = secondaryUses == null ? null : List.copyOf(secondaryUses);
  }
}
