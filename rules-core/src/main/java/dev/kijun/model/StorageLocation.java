package dev.kijun.model;

import java.util.List;
import java.util.Set;

/**
 * One place where a copy of the data is kept (B2-02). Either a cloud region (provider and region) or a site with its
 * country; when both are given, the region decides and a conflicting country is reported.
 *
 * @param kind which copy this is
 * @param dataClasses what kinds of data it holds; absent means "assume non-public"
 * @param provider the cloud provider; absent means the profile's {@code platform}
 * @param region the provider's region code
 * @param site a data-centre or site name, for locations that are not cloud regions
 * @param country the country of the site
 * @param evidence what backs the declaration
 */
public record StorageLocation(StorageKind kind, Set<DataClass> dataClasses, String provider, String region,
    String site, CountryCode country, List<Evidence> evidence) implements HasEvidence {
  public StorageLocation {
    provider = Codes.normalise(provider);
    region = Codes.normalise(region);
    dataClasses = dataClasses == null ? null : Set.copyOf(dataClasses);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Whether this copy may hold non-public data; an undeclared class is assumed to. */
  public boolean holdsNonPublicData() {
    return dataClasses == null || dataClasses.isEmpty() || dataClasses.stream().anyMatch(DataClass::isNonPublic);
  }

  /** A short label for reports: the region or the site. */
  public String label() {
    String where = region != null ? region : site != null ? site : "?";
    return (kind == null ? "?" : kind.name()) + " @ " + where;
  }
}
