package dev.kijun.bench.jmh;

import dev.kijun.bench.BenchProfiles;
import dev.kijun.bench.baseline.BaselineFinding;
import dev.kijun.bench.baseline.HandWrittenBaseline;
import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Assessment;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm assessment of the full realistic profile: the engine against the hand-written baseline, in the same run. The
 * mode (average, sample for p50/p99, throughput) and the thread count come from the command line; see run.sh.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessBenchmark {
  private Kijun kijun;
  private HandWrittenBaseline baseline;
  private ServiceProfile profile;
  private LocalDate asOf;

  @Setup
  public void setUp() {
    kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    baseline = new HandWrittenBaseline(kijun.parameters(), StandardCatalog.load().factProviders());
    profile = BenchProfiles.full();
    asOf = BenchProfiles.AS_OF;
  }

  /** The engine: facts, one Drools session, the findings. */
  @Benchmark
  public Assessment engine() {
    return kijun.assess(profile, asOf);
  }

  /** The same checks in plain Java: the physical limit. */
  @Benchmark
  public List<BaselineFinding> baseline() {
    return baseline.assess(profile, asOf);
  }
}
