package dev.kijun.model;

import java.util.List;

/**
 * The regions the service uses and how that use is confined (B2-03).
 *
 * @param regions every region in use, by provider and code
 * @param restrictedToJapan whether use is technically restricted to Japanese regions
 * @param restrictionMethod how, e.g. "AWS Organizations SCP aws:RequestedRegion"
 * @param globalServices region-less services in use
 */
public record RegionUse(List<RegionRef> regions, Claim restrictedToJapan, String restrictionMethod,
    List<GlobalService> globalServices) {
  public RegionUse {
    regions = regions == null ? null : List.copyOf(regions);
    globalServices = globalServices == null ? null : List.copyOf(globalServices);
  }
}
