package dev.kijun.io;

import dev.kijun.model.RegionRef;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The reference checks of {@link ReferenceCheck#regions} and {@link ReferenceCheck#algorithms}. */
final class KnownReferences implements ReferenceCheck {
  private final Set<RegionRef> regions;
  private final List<String> providers;
  private final List<String> algorithms;

  private KnownReferences(Set<RegionRef> regions, List<String> algorithms) {
    this.regions = regions;
    this.providers = regions == null ? null
        : regions.stream().map(RegionRef::provider).distinct().sorted().toList();
    this.algorithms = algorithms;
  }

  static KnownReferences regions(Collection<RegionRef> known) {
    return new KnownReferences(Set.copyOf(known), null);
  }

  static KnownReferences algorithms(Collection<String> known) {
    return new KnownReferences(null, known.stream().map(String::strip).distinct().sorted().toList());
  }

  @Override
  public Optional<String> provider(String provider) {
    if (providers == null || provider == null) {
      return Optional.empty();
    }
    String name = FullWidth.normalise(provider).toLowerCase(Locale.ROOT);
    if (providers.contains(name)) {
      return Optional.empty();
    }
    String closest = Names.closest(name, providers);
    return Optional.of("unknown cloud provider '" + provider + "'" + (closest == null ? "." : "; did you mean '"
        + closest + "'?") + " Known providers: " + String.join(", ", providers)
        + ". Write the provider's short name, or have it added to the region data");
  }

  @Override
  public Optional<String> region(RegionRef region) {
    if (regions == null || region == null) {
      return Optional.empty();
    }
    Optional<String> provider = provider(region.provider());
    if (provider.isPresent() || regions.contains(region)) {
      return provider;
    }
    List<String> sameProvider = regions.stream().filter(r -> r.provider().equals(region.provider()))
        .map(RegionRef::code).toList();
    List<String> closest = Names.closest(region.code(), sameProvider, 3);
    return Optional.of("unknown region '" + region + "'"
        + (closest.isEmpty() ? "" : "; closest known: " + closest.stream().map(c -> region.provider() + ":" + c)
            .collect(Collectors.joining(", ")))
        + ". Kijun judges an unknown region UNDETERMINED: check the code, or have the region added to the region"
        + " data");
  }

  @Override
  public Optional<String> algorithm(String algorithm) {
    if (algorithms == null || algorithm == null) {
      return Optional.empty();
    }
    String name = FullWidth.normalise(algorithm);
    if (algorithms.stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
      return Optional.empty();
    }
    List<String> closest = Names.closest(name, algorithms, 3);
    return Optional.of("unknown algorithm '" + algorithm + "'"
        + (closest.isEmpty() ? "" : "; closest known: " + String.join(", ", closest))
        + ". Write the algorithm, key length and mode as published, e.g. AES-256-GCM");
  }
}
