package dev.kijun.catalog;

import dev.kijun.catalog.facts.CountrySource;
import dev.kijun.catalog.facts.StoredCopy;
import dev.kijun.catalog.facts.UsedRegion;
import dev.kijun.model.CountryCode;
import dev.kijun.model.RegionRef;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.StorageLocation;
import dev.kijun.rules.FactProvider;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Resolves every region and site a profile names to a country, from the region data file. */
final class RegionFacts implements FactProvider {
  private final RegionDirectory regions;

  RegionFacts(RegionDirectory regions) {
    this.regions = regions;
  }

  @Override
  public void contribute(ServiceProfile profile, Consumer<Object> facts) {
    if (profile.dataResidency() != null) {
      List<StorageLocation> locations = profile.dataResidency().locations();
      for (int i = 0; i < locations.size(); i++) {
        facts.accept(copy("/dataResidency/locations/" + i, locations.get(i), profile.platform()));
      }
    }
    if (profile.regionUse() != null && profile.regionUse().regions() != null) {
      List<RegionRef> used = profile.regionUse().regions();
      for (int i = 0; i < used.size(); i++) {
        RegionRef ref = used.get(i);
        Optional<RegionEntry> entry = regions.find(ref);
        facts.accept(new UsedRegion("/regionUse/regions/" + i, ref, entry.map(RegionEntry::country).orElse(null),
            entry.map(RegionEntry::production).orElse(true)));
      }
    }
  }

  private StoredCopy copy(String pointer, StorageLocation loc, String platform) {
    if (loc.region() != null) {
      String provider = loc.provider() != null ? loc.provider() : platform;
      if (provider == null) {
        return new StoredCopy(pointer, loc, loc.kind(), loc.holdsNonPublicData(), "?:" + loc.region(), null,
            CountrySource.UNKNOWN, true, loc.country());
      }
      RegionRef ref = new RegionRef(provider, loc.region());
      Optional<RegionEntry> entry = regions.find(ref);
      CountryCode country = entry.map(RegionEntry::country).orElse(null);
      CountryCode contradicted = loc.country() != null && country != null && !loc.country().equals(country)
          ? loc.country() : null;
      return new StoredCopy(pointer, loc, loc.kind(), loc.holdsNonPublicData(), ref.toString(), country,
          entry.isPresent() ? CountrySource.REGION_DATA : CountrySource.UNKNOWN,
          entry.map(RegionEntry::production).orElse(true), contradicted);
    }
    String where = loc.site() != null ? loc.site() : "?";
    return new StoredCopy(pointer, loc, loc.kind(), loc.holdsNonPublicData(), where, loc.country(),
        loc.country() != null ? CountrySource.DECLARED : CountrySource.UNKNOWN, true, null);
  }
}
