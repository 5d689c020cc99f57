package dev.kijun.io;

import dev.kijun.model.ServiceProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads service profiles from YAML or JSON files. Strict: an unknown field is an error naming the closest known
 * field; a wrong type names the line, column and JSON pointer; an enum value lists what is allowed. Thread-safe.
 */
public final class ProfileReader {
  private final DocumentReader<ServiceProfile> reader;

  private ProfileReader(ReaderLimits limits) {
    this.reader = DocumentReader.of(ServiceProfile.class, limits);
  }

  /** A reader with the default limits. */
  public static ProfileReader create() {
    return new ProfileReader(ReaderLimits.defaults());
  }

  /** A reader with other limits. */
  public static ProfileReader create(ReaderLimits limits) {
    return new ProfileReader(limits);
  }

  /**
   * Reads a profile file.
   *
   * @throws InvalidInputException naming the file, the place and the fix
   */
  public ServiceProfile read(Path file) {
    return reader.read(file).value();
  }

  /** Reads a profile file, with its SHA-256, for reports that must be reproducible. */
  public Document<ServiceProfile> readDocument(Path file) {
    return reader.read(file);
  }

  /** Reads a profile from text; {@code name} ends in {@code .json} for JSON, anything else is YAML. */
  public ServiceProfile read(String name, String content) {
    return reader.read(name, content.getBytes(StandardCharsets.UTF_8)).value();
  }
}
