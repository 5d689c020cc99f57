package dev.kijun.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kijun.model.RegionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the names a profile tree refers to and asks a {@link ReferenceCheck} about each, at its pointer: the
 * platform, the regions in use, the provider and region of each storage location, the algorithms at rest and of key
 * generation, the cipher suites in transit. Works on the tree, so that it also reports when other parts of the
 * profile are wrong. A value of the wrong shape is skipped here: the model check reports it.
 */
final class ProfileReferences {
  private ProfileReferences() {}

  static List<Finding> check(JsonNode root, ReferenceCheck check) {
    List<Finding> findings = new ArrayList<>();
    String platform = text(root.get("platform"));
    boolean platformKnown = platform == null || report(findings, "/platform", check.provider(platform));

    JsonNode regions = root.path("regionUse").path("regions");
    for (int i = 0; i < regions.size() && regions.isArray(); i++) {
      RegionRef region = region(regions.get(i));
      if (region != null) {
        report(findings, "/regionUse/regions/" + i, check.region(region));
      }
    }

    JsonNode locations = root.path("dataResidency").path("locations");
    for (int i = 0; i < locations.size() && locations.isArray(); i++) {
      String pointer = "/dataResidency/locations/" + i;
      JsonNode location = locations.get(i);
      String provider = text(location.get("provider"));
      boolean providerKnown = provider == null ? platformKnown
          : report(findings, pointer + "/provider", check.provider(provider));
      String code = text(location.get("region"));
      provider = provider == null ? platform : provider;
      if (providerKnown && provider != null && code != null) {
        RegionRef region = region(provider, code);
        if (region != null) {
          report(findings, pointer + "/region", check.region(region));
        }
      }
    }

    JsonNode atRest = root.path("encryption").path("atRest");
    for (int i = 0; i < atRest.size() && atRest.isArray(); i++) {
      String algorithm = text(atRest.get(i).get("algorithm"));
      if (algorithm != null) {
        report(findings, "/encryption/atRest/" + i + "/algorithm", check.algorithm(algorithm));
      }
    }
    String keyAlgorithm = text(root.path("keyManagement").get("keyGenerationAlgorithm"));
    if (keyAlgorithm != null) {
      report(findings, "/keyManagement/keyGenerationAlgorithm", check.algorithm(keyAlgorithm));
    }
    JsonNode inTransit = root.path("encryption").path("inTransit");
    for (int i = 0; i < inTransit.size() && inTransit.isArray(); i++) {
      JsonNode suites = inTransit.get(i).path("cipherSuites");
      for (int j = 0; j < suites.size() && suites.isArray(); j++) {
        String suite = text(suites.get(j));
        if (suite != null) {
          report(findings, "/encryption/inTransit/" + i + "/cipherSuites/" + j, check.cipherSuite(suite));
        }
      }
    }
    return findings;
  }

  /** Adds a finding if there is a problem; true when there is none. */
  private static boolean report(List<Finding> findings, String pointer, Optional<String> problem) {
    problem.ifPresent(message -> findings.add(Finding.atValue(pointer, message)));
    return problem.isEmpty();
  }

  private static RegionRef region(JsonNode node) {
    if (node.isTextual()) {
      try {
        return RegionRef.parse(node.textValue());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return region(text(node.get("provider")), text(node.get("code")));
  }

  private static RegionRef region(String provider, String code) {
    if (provider == null || code == null) {
      return null;
    }
    try {
      return new RegionRef(provider, code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }
}
