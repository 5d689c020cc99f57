package dev.kijun.catalog;

import dev.kijun.criteria.CatalogException;
import dev.kijun.model.CountryCode;
import dev.kijun.model.RegionRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cloud regions Kijun knows, keyed by (provider, region code), from {@code data/regions.csv}. A region not in
 * the file is unknown: rules judge it UNDETERMINED, never in Japan. Immutable.
 */
public final class RegionDirectory {
  static final String RESOURCE = "dev/kijun/catalog/data/regions.csv";

  private final Map<RegionRef, RegionEntry> entries;
  private final String revision;

  private RegionDirectory(Map<RegionRef, RegionEntry> entries, String revision) {
    this.entries = Map.copyOf(entries);
    this.revision = revision;
  }

  /** Loads the directory shipped with the catalog. */
  public static RegionDirectory load() {
    try (InputStream in = RegionDirectory.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CatalogException("data file " + RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new CatalogException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static RegionDirectory parse(List<String> lines) {
    Map<RegionRef, RegionEntry> entries = new HashMap<>();
    String revision = "unknown";
    boolean header = true;
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.startsWith("#")) {
        if (line.startsWith("# revision:")) {
          revision = line.substring("# revision:".length()).strip();
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", 7);
      if (f.length != 7) {
        throw new CatalogException(RESOURCE + ":" + lineNo + ": expected 7 columns, found " + f.length);
      }
      try {
        RegionRef ref = new RegionRef(f[0], f[1]);
        RegionEntry entry = new RegionEntry(ref, CountryCode.of(f[2]), f[3], Boolean.parseBoolean(f[4]), f[5], f[6]);
        if (entries.put(ref, entry) != null) {
          throw new CatalogException(RESOURCE + ":" + lineNo + ": region " + ref + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw new CatalogException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new RegionDirectory(entries, revision);
  }

  /** The row of a region, if the file has it. */
  public Optional<RegionEntry> find(RegionRef region) {
    return Optional.ofNullable(entries.get(region));
  }

  /** The country of a region, if known. */
  public Optional<CountryCode> countryOf(RegionRef region) {
    return find(region).map(RegionEntry::country);
  }

  /** Every known region. */
  public List<RegionEntry> entries() {
    return entries.values().stream()
        .sorted((a, b) -> a.region().toString().compareTo(b.region().toString())).toList();
  }

  /** The revision date of the data file. */
  public String revision() {
    return revision;
  }
}
