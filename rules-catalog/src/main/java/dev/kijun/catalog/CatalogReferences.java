package dev.kijun.catalog;

import dev.kijun.catalog.crypto.AlgorithmNames;
import dev.kijun.catalog.crypto.CipherSuiteName;
import dev.kijun.catalog.crypto.ParsedAlgorithm;
import dev.kijun.io.ReferenceCheck;
import java.util.List;
import java.util.Optional;

/**
 * The names the standard catalog knows, for {@code validate}: regions from the region data, algorithms and cipher
 * suites from the CRYPTREC data. An unknown name is still only UNDETERMINED when assessed; validation names it early,
 * with the closest known names, so the vendor can fix it before the city assesses.
 */
final class CatalogReferences implements ReferenceCheck {
  private final ReferenceCheck regions;
  private final AlgorithmNames names;

  CatalogReferences(RegionDirectory regions, AlgorithmNames names) {
    this.regions = ReferenceCheck.regions(regions.entries().stream().map(RegionEntry::region).toList());
    this.names = names;
  }

  @Override
  public Optional<String> provider(String provider) {
    return regions.provider(provider);
  }

  @Override
  public Optional<String> region(dev.kijun.model.RegionRef region) {
    return regions.region(region);
  }

  @Override
  public Optional<String> algorithm(String algorithm) {
    ParsedAlgorithm parsed = names.parse(algorithm);
    if (parsed.understood()) {
      return Optional.empty();
    }
    return Optional.of(unknown("algorithm", algorithm, parsed.unknownWords()));
  }

  @Override
  public Optional<String> cipherSuite(String cipherSuite) {
    CipherSuiteName suite = names.parseSuite(cipherSuite);
    if (suite.understood()) {
      return Optional.empty();
    }
    return Optional.of("'" + cipherSuite + "' is not a cipher suite Kijun knows; write its IANA name "
        + "(e.g. TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256) or OpenSSL name (e.g. ECDHE-ECDSA-AES128-GCM-SHA256)");
  }

  private String unknown(String what, String declared, List<String> words) {
    StringBuilder sb = new StringBuilder("'" + declared + "' is not an " + what + " Kijun knows");
    for (String word : words) {
      List<String> close = names.closeNames(word);
      sb.append("; '").append(word).append("' is unknown");
      if (!close.isEmpty()) {
        sb.append(" (close known names: ").append(String.join(", ", close)).append(')');
      }
    }
    return sb.append("; name it as on the CRYPTREC list, e.g. AES-256-GCM").toString();
  }
}
