package dev.kijun.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where {@code --output} sends reports: standard output (no option), one file, or a directory with one report per
 * profile. A path is a directory when it is one already, or when it ends in a slash; otherwise it is a file.
 */
final class OutputTarget {
  private final Path path;
  private final boolean directory;
  private final Set<Path> written = new HashSet<>();

  private OutputTarget(Path path, boolean directory) {
    this.path = path;
    this.directory = directory;
  }

  /** The target for an {@code --output} value; null means standard output. */
  static OutputTarget of(String option) {
    if (option == null) {
      return new OutputTarget(null, false);
    }
    Path p = Path.of(option);
    boolean dir = Files.isDirectory(p) || option.endsWith("/") || option.endsWith("\\");
    return new OutputTarget(p, dir);
  }

  boolean isStdout() {
    return path == null;
  }

  boolean isDirectory() {
    return directory;
  }

  Path path() {
    return path;
  }

  /** Opens the single output file, creating its parent directories. */
  Writer openFile() throws IOException {
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  /**
   * The file in the output directory for a profile's report: its name relative to where it was found, with the
   * report's extension; {@code -2}, {@code -3}... when two inputs would share a name.
   */
  Path fileFor(Path relative, String extension) throws IOException {
    String name = relative.toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 && name.lastIndexOf('/') < dot ? name.substring(0, dot) : name;
    Path candidate = path.resolve(base + "." + extension).normalize();
    int n = 2;
    while (!written.add(key(candidate))) {
      candidate = path.resolve(base + "-" + n++ + "." + extension).normalize();
    }
    if (!candidate.startsWith(path.normalize())) {
      throw new IOException(relative + " would be written outside " + path);
    }
    if (candidate.getParent() != null) {
      Files.createDirectories(candidate.getParent());
    }
    return candidate;
  }

  /** File names that differ only in case clash on some file systems. */
  private static Path key(Path p) {
    return Path.of(p.toString().toLowerCase(Locale.ROOT));
  }
}
