package dev.kijun.bench;

import dev.kijun.bench.baseline.HandWrittenBaseline;
import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Assessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One engine shared by many threads, each assessing every profile in its own order: every result must equal the
 * profile's sequential result, finding for finding (verdicts, reasons with their values, missing facts, parts,
 * evidence, rules), so no fact, global or finding leaks from one profile's assessment into another's.
 *
 * <p>The sequential results are checked first against two references that share nothing with the engine's
 * sessions: the same profiles assessed sequentially in the reverse order (a leak depends on what came before), and
 * the hand-written baseline's verdicts, parts, missing facts and reason keys.
 *
 * <pre>{@code java -cp benchmarks.jar dev.kijun.bench.IsolationCheck [THREADS] [ASSESSMENTS_PER_THREAD] [PROFILES]}</pre>
 */
public final class IsolationCheck {
  /**
   * What a run found.
   *
   * @param threads threads sharing the engine
   * @param assessments assessments made in parallel, in all
   * @param profiles distinct profiles
   * @param mismatches parallel results that differ from their sequential result, and sequential results that
   *     differ from the reverse-order run or from the baseline
   * @param firstMismatch a description of the first difference, or null
   * @param parallelSeconds wall time of the parallel part
   */
  public record Result(int threads, long assessments, int profiles, long mismatches, String firstMismatch,
      double parallelSeconds) {}

  private IsolationCheck() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    List<ServiceProfile> profiles = BenchProfiles.generated(count);
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    Result r = run(kijun, profiles, threads, perThread, BenchProfiles.AS_OF);
    System.out.println("isolation.threads=" + r.threads());
    System.out.println("isolation.assessments=" + r.assessments());
    System.out.println("isolation.profiles=" + r.profiles());
    System.out.println("isolation.mismatches=" + r.mismatches());
    System.out.printf("isolation.seconds=%.2f%n", r.parallelSeconds());
    if (r.firstMismatch() != null) {
      System.out.println("isolation.first=" + r.firstMismatch().replace('\n', ' '));
    }
    System.exit(r.mismatches() == 0 ? 0 : 1);
  }

  /** Assesses each profile once sequentially, then {@code perThread} times per thread in parallel, and compares. */
  public static Result run(Kijun kijun, List<ServiceProfile> profiles, int threads, int perThread, LocalDate asOf)
      throws Exception {
    List<Assessment> sequential = new ArrayList<>(profiles.size());
    for (ServiceProfile p : profiles) {
      sequential.add(kijun.assess(p, asOf));
    }
    long referenceMismatches = 0;
    String firstReference = null;
    HandWrittenBaseline baseline = new HandWrittenBaseline(kijun.parameters(), StandardCatalog.load().factProviders());
    for (int i = profiles.size() - 1; i >= 0; i--) {
      ServiceProfile p = profiles.get(i);
      Assessment reverse = kijun.assess(p, asOf);
      boolean sameAsReverse = reverse.equals(sequential.get(i));
      boolean sameAsBaseline = Fingerprints.of(sequential.get(i)).equals(Fingerprints.of(baseline.assess(p, asOf)));
      if (!sameAsReverse || !sameAsBaseline) {
        referenceMismatches++;
        if (firstReference == null) {
          firstReference = "profile " + p.id() + (sameAsReverse ? " differs from the baseline: "
              + Fingerprints.of(sequential.get(i)) : " differs when assessed in the reverse order");
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      String[] first = new String[1];
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          long mismatches = 0;
          int n = profiles.size();
          // each thread walks the profiles from its own offset with its own stride, so neighbours differ
          int stride = strideFor(thread, n);
          int index = (int) ((long) thread * n / threads);
          for (int i = 0; i < perThread; i++) {
            index = (index + stride) % n;
            Assessment actual = kijun.assess(profiles.get(index), asOf);
            if (!actual.equals(sequential.get(index))) {
              mismatches++;
              synchronized (first) {
                if (first[0] == null) {
                  first[0] = "profile " + profiles.get(index).id() + ": expected " + sequential.get(index)
                      + " but was " + actual;
                }
              }
            }
          }
          return new long[] {mismatches};
        }));
      }
      long mismatches = referenceMismatches;
      for (Future<long[]> f : futures) {
        mismatches += f.get()[0];
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(threads, (long) threads * perThread, profiles.size(), mismatches,
          firstReference != null ? firstReference : first[0], seconds);
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** A stride coprime with n, different per thread, so every thread visits every profile once per n steps. */
  private static int strideFor(int thread, int n) {
    int stride = 1 + thread * 7919 % Math.max(1, n - 1);
    while (gcd(stride, n) != 1) {
      stride++;
    }
    return stride;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
