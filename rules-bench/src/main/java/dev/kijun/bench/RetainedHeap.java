package dev.kijun.bench;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap a built engine keeps: used heap after full collections, before and after building engines that are kept
 * alive. The first engine also pays for what every engine shares (the catalog, its messages and region data, static
 * caches); each further engine costs only its own rule base. Run it in a JVM of its own.
 *
 * <pre>{@code java -Xmx1g -cp benchmarks.jar dev.kijun.bench.RetainedHeap [ENGINES]}</pre>
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  public static void main(String[] args) {
    int engines = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    Kijun first = Kijun.builder().catalog(StandardCatalog.load()).build();
    first.assess(BenchProfiles.full(), BenchProfiles.AS_OF);
    long afterFirst = settledHeap(memory);
    Kijun[] more = new Kijun[engines];
    for (int i = 0; i < engines; i++) {
      more[i] = Kijun.builder().catalog(StandardCatalog.load()).build();
      more[i].assess(BenchProfiles.full(), BenchProfiles.AS_OF);
    }
    long afterMore = settledHeap(memory);
    System.out.printf("heap.first.bytes=%d%n", afterFirst - before);
    System.out.printf("heap.perEngine.bytes=%d%n", (afterMore - afterFirst) / engines);
    System.out.printf("heap.engines=%d%n", engines);
    // keep every engine reachable until after the last measurement
    if (first.criteria().isEmpty() || more[engines - 1].criteria().isEmpty()) {
      throw new IllegalStateException("an engine without criteria");
    }
  }

  /** Used heap after full collections, once two in a row agree within 64 KB. */
  static long settledHeap(MemoryMXBean memory) {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - last) < 64 * 1024) {
        return used;
      }
      last = used;
    }
    return last;
  }
}
