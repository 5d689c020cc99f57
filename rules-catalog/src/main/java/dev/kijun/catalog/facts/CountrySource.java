package dev.kijun.catalog.facts;

/** How the country of a place was established. */
public enum CountrySource {
  /** From the region data file, by provider and region code. */
  REGION_DATA,
  /** As the vendor declared it for a site that is not a cloud region. */
  DECLARED,
  /** Not known: the region is not in the data file, or nothing was declared. */
  UNKNOWN
}
