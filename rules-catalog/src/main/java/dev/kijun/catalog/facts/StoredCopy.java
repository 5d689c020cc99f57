package dev.kijun.catalog.facts;

import dev.kijun.model.CountryCode;
import dev.kijun.model.StorageKind;
import dev.kijun.model.StorageLocation;

/**
 * One declared storage location with its country resolved (B2-02).
 *
 * @param pointer the location's JSON pointer in the profile, e.g. {@code /dataResidency/locations/1}
 * @param location the declaration
 * @param kind which copy, or null if undeclared
 * @param nonPublic whether it may hold non-public data (an undeclared data class counts as non-public)
 * @param where the region ({@code aws:ap-northeast-1}) or site, for messages
 * @param country the country, or null when unknown
 * @param source how the country was established
 * @param production false when the region is a sandbox, not a production zone
 * @param declaredCountry a country the vendor declared that the region data contradicts, or null
 */
public record StoredCopy(String pointer, StorageLocation location, StorageKind kind, boolean nonPublic,
    String where, CountryCode country, CountrySource source, boolean production, CountryCode declaredCountry) {

  /** Whether the country is known. */
  public boolean countryKnown() {
    return country != null;
  }
}
