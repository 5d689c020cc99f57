package dev.kijun.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The profile files named on a command line: files as given, directories searched (recursively, in sorted order)
 * for {@code *.yaml}, {@code *.yml} and {@code *.json}. A path that does not exist is kept, so that the reader
 * reports it like any other unreadable file.
 */
final class ProfileFiles {
  private static final Pattern PROFILE = Pattern.compile("(?i).*\\.(ya?ml|json)$");

  /**
   * One profile file.
   *
   * @param path the file
   * @param relative its name relative to the directory it was found in (the file name when given directly), for
   *     naming its report
   */
  record Input(Path path, Path relative) {}

  private ProfileFiles() {}

  static List<Input> expand(List<Path> arguments) {
    List<Input> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        try (Stream<Path> walk = Files.walk(argument)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> PROFILE.matcher(p.getFileName().toString()).matches())
              .sorted()
              .forEach(p -> files.add(new Input(p, argument.relativize(p))));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + argument + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
          throw new UncheckedIOException("cannot list " + argument + ": " + e.getCause().getMessage(), e.getCause());
        }
      } else {
        Path name = argument.getFileName();
        files.add(new Input(argument, name == null ? argument : name));
      }
    }
    return files;
  }
}
