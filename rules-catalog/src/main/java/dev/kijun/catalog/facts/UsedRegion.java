package dev.kijun.catalog.facts;

import dev.kijun.model.CountryCode;
import dev.kijun.model.RegionRef;

/**
 * One region the service uses, with its country resolved from the region data file (B2-03).
 *
 * @param pointer its JSON pointer in the profile, e.g. {@code /regionUse/regions/0}
 * @param region provider and code
 * @param country the country, or null when the region is unknown
 * @param production false when the region is a sandbox, not a production zone
 */
public record UsedRegion(String pointer, RegionRef region, CountryCode country, boolean production) {
  /** Whether the region is in the data file. */
  public boolean known() {
    return country != null;
  }
}
