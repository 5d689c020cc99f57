package dev.kijun.policy;

import dev.kijun.io.DocumentReader;
import dev.kijun.io.ReaderLimits;
import java.nio.file.Path;

/** Reads a municipal {@link Policy} from YAML or JSON, strictly: unknown keys and bad values are clear errors. */
public final class PolicyReader {
  private final DocumentReader<Policy> reader;

  private PolicyReader(ReaderLimits limits) {
    this.reader = DocumentReader.of(Policy.class, limits);
  }

  /** A reader with the default limits. */
  public static PolicyReader create() {
    return new PolicyReader(ReaderLimits.defaults());
  }

  /**
   * Reads a policy file.
   *
   * @throws dev.kijun.io.InvalidInputException naming the file, the place and the fix
   */
  public Policy read(Path file) {
    return reader.read(file).value();
  }

  /** Reads a policy from text, named {@code name} in error messages. */
  public Policy read(String name, String yaml) {
    return reader.read(name, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).value();
  }
}
