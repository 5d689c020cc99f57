package dev.kijun.catalog;

import dev.kijun.model.CountryCode;
import dev.kijun.model.RegionRef;

/**
 * One row of the region data file.
 *
 * @param region provider and code
 * @param country where the region is
 * @param location the provider's name for it
 * @param production false for sandboxes that are not production zones
 * @param confidence how well the row is sourced
 * @param source where the fact comes from
 */
public record RegionEntry(RegionRef region, CountryCode country, String location, boolean production,
    String confidence, String source) {}
