package dev.kijun.bench.jmh;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.CustomCatalog;
import dev.kijun.engine.Kijun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building an engine over the standard catalog: from the executable model precompiled at build time (the default),
 * compiled from DRL at run time, and with one custom DRL file (the example city's ORG-01) compiled beside it. Each
 * measured build is one call; the first, cold build of a JVM is what the CLI's cold start measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class BuildBenchmark {
  private static final String[] CUSTOM_FILES = {"criteria.yaml", "ORG-01.drl", "messages_en.properties",
      "messages_ja.properties"};

  private Path customRules;

  @Setup
  public void setUp() throws IOException {
    customRules = Files.createTempDirectory("kijun-bench-custom");
    for (String name : CUSTOM_FILES) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/kijun/bench/custom-rules/" + name)) {
        if (in == null) {
          throw new IllegalStateException("custom rule file " + name + " is missing from the benchmarks jar");
        }
        Files.copy(in, customRules.resolve(name));
      }
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(customRules)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public Kijun precompiled() {
    return Kijun.builder().catalog(StandardCatalog.load()).build();
  }

  @Benchmark
  public Kijun fromDrl() {
    return Kijun.builder().catalog(StandardCatalog.load()).precompiled(false).build();
  }

  @Benchmark
  public Kijun precompiledWithCustomDrl() {
    return Kijun.builder().catalog(StandardCatalog.load()).catalog(CustomCatalog.load(customRules)).build();
  }
}
