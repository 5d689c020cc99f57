package dev.kijun.io;

import dev.kijun.model.RegionRef;
import java.util.Collection;
import java.util.Optional;

/**
 * Checks the names a profile refers to (cloud providers, regions, algorithms, cipher suites) against what the caller
 * knows, for {@link ProfileReader#check(java.nio.file.Path, ReferenceCheck)}. Reading a profile does not need it: an
 * unknown region is judged UNDETERMINED when the profile is assessed, never a pass. Validating a profile uses it to
 * tell the author early, at the exact place, with the closest known names.
 *
 * <p>Each method returns why the name is not known, with the fix, or empty when it is known or the check has no
 * opinion about that kind of name. Implement only the methods you have data for; the others know everything.
 *
 * <pre>{@code
 * ReferenceCheck known = ReferenceCheck.regions(directory.entries().stream().map(RegionEntry::region).toList());
 * List<InputProblem> problems = ProfileReader.create().check(file, known);
 * }</pre>
 */
public interface ReferenceCheck {
  /** Why a cloud provider's short name (e.g. {@code aws}) is unknown, or empty. */
  default Optional<String> provider(String provider) {
    return Optional.empty();
  }

  /** Why a region is unknown, or empty. */
  default Optional<String> region(RegionRef region) {
    return Optional.empty();
  }

  /** Why an encryption or key-generation algorithm, as the vendor writes it, is unknown, or empty. */
  default Optional<String> algorithm(String algorithm) {
    return Optional.empty();
  }

  /** Why a TLS cipher suite is unknown, or empty. */
  default Optional<String> cipherSuite(String cipherSuite) {
    return Optional.empty();
  }

  /** This check, then {@code other} for what this one knows nothing wrong about. */
  default ReferenceCheck and(ReferenceCheck other) {
    ReferenceCheck first = this;
    return new ReferenceCheck() {
      @Override
      public Optional<String> provider(String provider) {
        return first.provider(provider).or(() -> other.provider(provider));
      }

      @Override
      public Optional<String> region(RegionRef region) {
        return first.region(region).or(() -> other.region(region));
      }

      @Override
      public Optional<String> algorithm(String algorithm) {
        return first.algorithm(algorithm).or(() -> other.algorithm(algorithm));
      }

      @Override
      public Optional<String> cipherSuite(String cipherSuite) {
        return first.cipherSuite(cipherSuite).or(() -> other.cipherSuite(cipherSuite));
      }
    };
  }

  /** A check that knows every name. */
  static ReferenceCheck none() {
    return new ReferenceCheck() {};
  }

  /**
   * A check of providers and regions against a list of known regions: a provider is known if a known region has it;
   * a region is known if it is in the list. The messages name the closest known regions.
   */
  static ReferenceCheck regions(Collection<RegionRef> known) {
    return KnownReferences.regions(known);
  }

  /** A check of algorithm names against a list, ignoring case and full-width forms. */
  static ReferenceCheck algorithms(Collection<String> known) {
    return KnownReferences.algorithms(known);
  }
}
