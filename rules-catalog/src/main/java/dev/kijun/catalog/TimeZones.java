package dev.kijun.catalog;

import java.time.zone.ZoneRulesProvider;

/** Time-zone checks for rules (B2-25). Stateless; safe to call from any rule. */
public final class TimeZones {
  private TimeZones() {}

  /**
   * Whether {@code id} is a time-zone id of the IANA time-zone database as {@link java.time.ZoneId} knows it, such
   * as {@code Asia/Tokyo} or {@code UTC}. Abbreviations ({@code JST}), misspellings, wrong case and fixed offsets
   * ({@code +09:00}) are not IANA zone ids.
   *
   * <p>Reads the provider's live, unmodifiable set of ids, the set {@code ZoneId.getAvailableZoneIds()} copies on
   * every call: the same answer without building a 600-entry set per check.
   */
  public static boolean isIanaZoneId(String id) {
    return id != null && ZoneRulesProvider.getAvailableZoneIds().contains(id);
  }
}
