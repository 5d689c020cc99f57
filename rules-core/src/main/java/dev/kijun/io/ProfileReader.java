package dev.kijun.io;

import dev.kijun.model.ServiceProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads service profiles from YAML or JSON files. Strict: an unknown field is an error naming the closest known
 * field; a wrong type names the line, column and JSON pointer; an enum value lists what is allowed. Thread-safe.
 *
 * <p>Two ways in:
 *
 * <ul>
 *   <li>{@link #read(Path)} and {@link #readDocument(Path)} stop at the first problem and throw an
 *       {@link InvalidInputException}, for assessing;
 *   <li>{@link #check(Path, ReferenceCheck)} lists every problem of a file, with the places, including names
 *       (regions, providers, algorithms) the caller's {@link ReferenceCheck} does not know, for validating;
 *       {@link #validate(Path, ReferenceCheck)} throws them all at once.
 * </ul>
 *
 * <p>Whatever the bytes of the file, these methods end in a profile, a list of problems or an
 * {@link InvalidInputException}: never another exception, a hang or an exhausted memory. The limits are in
 * {@link ReaderLimits}; what is accepted and what is not is described in {@link DocumentReader}.
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

  /** The limits in force. */
  public ReaderLimits limits() {
    return reader.limits();
  }

  /**
   * Reads a profile file, stopping at the first problem.
   *
   * @throws InvalidInputException naming the file, the place and the fix
   */
  public ServiceProfile read(Path file) {
    return reader.read(file).value();
  }

  /**
   * Reads a profile file, with its SHA-256, for reports that must be reproducible.
   *
   * @throws InvalidInputException naming the file, the place and the fix
   */
  public Document<ServiceProfile> readDocument(Path file) {
    return reader.read(file);
  }

  /**
   * Reads a profile from bytes (standard input, an archive), with its SHA-256; {@code name} ends in {@code .json}
   * for JSON, anything else is YAML.
   *
   * @throws InvalidInputException naming {@code name}, the place and the fix
   */
  public Document<ServiceProfile> readDocument(String name, byte[] bytes) {
    return reader.read(name, bytes);
  }

  /**
   * Reads a profile from text; {@code name} ends in {@code .json} for JSON, anything else is YAML.
   *
   * @throws InvalidInputException naming the file, the place and the fix
   */
  public ServiceProfile read(String name, String content) {
    return reader.read(name, content.getBytes(StandardCharsets.UTF_8)).value();
  }

  /** Every problem of a profile file, in the order of the text; empty if it reads fine. No reference checks. */
  public List<InputProblem> check(Path file) {
    return check(file, ReferenceCheck.none());
  }

  /**
   * Every problem of a profile file, in the order of the text, including names {@code references} does not know;
   * empty if the file is valid. A file that cannot be parsed at all has one problem, the reason.
   */
  public List<InputProblem> check(Path file, ReferenceCheck references) {
    byte[] bytes;
    try {
      bytes = reader.load(file);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    return check(file.toString(), bytes, references);
  }

  /** Every problem of a profile given as bytes, as {@link #check(Path, ReferenceCheck)}. */
  public List<InputProblem> check(String name, byte[] bytes, ReferenceCheck references) {
    Parsed<ServiceProfile> parsed = reader.parse(name, bytes, true);
    List<Finding> unknown = parsed.root() != null && parsed.root().isObject()
        ? ProfileReferences.check(parsed.root(), references) : List.of();
    return parsed.all(unknown);
  }

  /**
   * Reads a profile file if it has no problem at all, including names {@code references} does not know.
   *
   * @throws InvalidInputException listing every problem, each with its place and fix
   */
  public Document<ServiceProfile> validate(Path file, ReferenceCheck references) {
    String name = file.toString();
    byte[] bytes = reader.load(file);
    List<InputProblem> problems = check(name, bytes, references);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(name, problems);
    }
    return reader.read(name, bytes);
  }
}
