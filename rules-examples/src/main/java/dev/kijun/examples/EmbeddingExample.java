package dev.kijun.examples;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.InvalidInputException;
import dev.kijun.io.ProfileReader;
import dev.kijun.report.Assessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * How another municipal system embeds Kijun: build the engine once at start-up, then assess profiles from as many
 * threads as it likes. The engine is immutable; every assessment runs in a session of its own.
 *
 * <p>Run it with {@code mvn -q -pl rules-examples exec:java} (it assesses {@code rules-examples/profiles}).
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
    Path folder = Path.of(args.length > 0 ? args[0] : "rules-examples/profiles");
    // Once, at start-up: loads the rules precompiled at build time; nothing is compiled here.
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    Map<String, String> results = assessAll(kijun, profilesIn(folder), 4, LocalDate.now());
    results.forEach((file, result) -> System.out.println(file + ": " + result));
  }

  /** Assesses every profile file on a pool of threads sharing one engine; returns file → overall result. */
  public static Map<String, String> assessAll(Kijun kijun, List<Path> files, int threads, LocalDate asOf)
      throws InterruptedException, ExecutionException {
    ProfileReader reader = ProfileReader.create();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, Future<String>> futures = new TreeMap<>();
      for (Path file : files) {
        futures.put(file.getFileName().toString(), pool.submit(() -> {
          try {
            Assessment a = kijun.assess(reader.read(file), asOf);
            return a.overall() + " (" + a.overall().japanese() + ")";
          } catch (InvalidInputException e) {
            return "unreadable: " + e.getMessage();
          }
        }));
      }
      Map<String, String> results = new TreeMap<>();
      for (Map.Entry<String, Future<String>> e : futures.entrySet()) {
        results.put(e.getKey(), e.getValue().get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  static List<Path> profilesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
    }
  }
}
