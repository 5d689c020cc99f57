package dev.kijun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes the Markdown results of a run of {@code run.sh} from what it left in a directory: JMH's JSON results and
 * the {@code key=value} files of the other measurements. Each target of the issue gets one row: measured, target,
 * met or missed by how much.
 *
 * <pre>{@code java -cp benchmarks.jar dev.kijun.bench.ResultsTable DIR > DIR/results.md}</pre>
 */
public final class ResultsTable {
  private static final double P50_TARGET_US = 25;
  private static final double BASELINE_RATIO_TARGET = 10;
  private static final double SCALING_TARGET = 1.7;
  private static final double COLD_TARGET_S = 0.6;
  private static final double BATCH_TARGET_S = 3;
  private static final double HEAP_TARGET_MB = 32;
  private static final double ALLOC_TARGET_KB = 64;

  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private final Properties values = new Properties();

  private ResultsTable(Path dir) throws IOException {
    this.dir = dir;
    for (String name : List.of("machine", "heap", "isolation", "cold", "batch")) {
      Path file = dir.resolve(name + ".properties");
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          values.load(in);
        }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "rules-bench/target/results");
    System.out.print(new ResultsTable(dir).markdown());
  }

  /** The whole report. */
  String markdown() throws IOException {
    StringBuilder md = new StringBuilder();
    JsonNode sample1 = jmh("assess-sample-t1.json");
    JsonNode sample2 = jmh("assess-sample-t2.json");
    JsonNode thrpt1 = jmh("assess-thrpt-t1.json");
    JsonNode thrpt2 = jmh("assess-thrpt-t2.json");
    JsonNode build = jmh("build.json");

    double p50 = percentile(sample1, "engine", "50.0");
    double engineMean = score(sample1, "engine");
    double baselineMean = score(sample1, "baseline");
    double ratio = engineMean / baselineMean;
    double scaling = score(thrpt2, "engine") / score(thrpt1, "engine");
    double baselineScaling = score(thrpt2, "baseline") / score(thrpt1, "baseline");
    double cold = number("cold.median.s");
    double coldCds = number("cold.cds.median.s");
    double batch = number("batch.median.s");
    double heapMb = number("heap.perEngine.bytes") / (1024 * 1024);
    double allocKb = secondary(sample1, "engine", "gc.alloc.rate.norm") / 1024;

    md.append("| Target | Measured | Target | Result |\n|---|---|---|---|\n");
    row(md, "Warm assessment, full catalog, p50 (1 thread)", fmt(p50, "µs"), "≤ 25 µs",
        verdict(p50, P50_TARGET_US, false, "µs"));
    row(md, "Engine / hand-written baseline (mean, same run)", fmt(ratio, "×"), "≤ 10×",
        verdict(ratio, BASELINE_RATIO_TARGET, false, "×"));
    row(md, "Throughput 2 threads / 1 thread", fmt(scaling, "×"), "≥ 1.7×",
        verdict(scaling, SCALING_TARGET, true, "×"));
    row(md, "Cold start `java -jar kijun.jar assess` (median)", fmt(cold, "s"), "≤ 0.6 s",
        verdict(cold, COLD_TARGET_S, false, "s"));
    row(md, "Cold start with the AppCDS archive (median)", fmt(coldCds, "s"), "≤ 0.6 s",
        verdict(coldCds, COLD_TARGET_S, false, "s"));
    row(md, "Batch: 10,000 YAML profiles to JSON, one command", fmt(batch, "s"), "≤ 3 s",
        verdict(batch, BATCH_TARGET_S, false, "s"));
    row(md, "Retained heap of a built engine", fmt(heapMb, "MB"), "≤ 32 MB",
        verdict(heapMb, HEAP_TARGET_MB, false, "MB"));
    row(md, "Allocated per assessment (`-prof gc`)", fmt(allocKb, "KB"), "≤ 64 KB",
        verdict(allocKb, ALLOC_TARGET_KB, false, "KB"));
    long mismatches = (long) number("isolation.mismatches");
    row(md, "Isolation: " + text("isolation.threads") + " threads × " + text("isolation.perThread")
            + " assessments of " + text("isolation.profiles") + " profiles, one engine",
        mismatches + " results differ from their sequential result", "0", mismatches == 0 ? "met" : "**missed**");

    md.append("\n#### Warm latency of `assess` (full realistic profile, µs per assessment)\n\n");
    md.append("| | threads | mean | p50 | p99 | allocated/op |\n|---|---|---|---|---|---|\n");
    for (String bench : List.of("engine", "baseline")) {
      for (JsonNode run : new JsonNode[] {sample1, sample2}) {
        if (run == null || find(run, bench) == null) {
          continue;
        }
        JsonNode r = find(run, bench);
        md.append("| ").append(bench).append(" | ").append(r.path("threads").asInt())
            .append(" | ").append(num(score(run, bench))).append(" | ").append(num(percentile(run, bench, "50.0")))
            .append(" | ").append(num(percentile(run, bench, "99.0"))).append(" | ");
        double alloc = secondary(run, bench, "gc.alloc.rate.norm");
        md.append(Double.isNaN(alloc) ? "–" : num(alloc / 1024) + " KB").append(" |\n");
      }
    }
    md.append("\nThroughput (assessments/s): engine ").append(num(score(thrpt1, "engine") * 1e6)).append(" at 1 thread, ")
        .append(num(score(thrpt2, "engine") * 1e6)).append(" at 2 (×").append(num(scaling))
        .append("); baseline ").append(num(score(thrpt1, "baseline") * 1e6)).append(" at 1 thread, ")
        .append(num(score(thrpt2, "baseline") * 1e6)).append(" at 2 (×").append(num(baselineScaling)).append(").\n");

    md.append("\n#### Building an engine (ms, one build, warm JVM)\n\n| | mean | error |\n|---|---|---|\n");
    for (String bench : List.of("precompiled", "fromDrl", "precompiledWithCustomDrl")) {
      JsonNode r = find(build, bench);
      if (r != null) {
        md.append("| ").append(describeBuild(bench)).append(" | ").append(num(r.path("primaryMetric").path("score").asDouble()))
            .append(" | ± ").append(num(r.path("primaryMetric").path("scoreError").asDouble())).append(" |\n");
      }
    }

    md.append("\n#### Cold start: where the time goes\n\n");
    md.append("`java -jar rules-cli/target/kijun.jar assess ").append(text("cold.profile")).append(" --format json`, ")
        .append(text("cold.runs")).append(" runs each: median ").append(fmt(cold, "s")).append(" (min ")
        .append(fmt(number("cold.min.s"), "s")).append("); with `-XX:SharedArchiveFile` (AppCDS) median ")
        .append(fmt(coldCds, "s")).append("; `java -version` alone ").append(fmt(number("cold.jvm.median.s"), "s"))
        .append("; classes loaded ").append(text("cold.classes")).append(" (").append(text("cold.classes.cds"))
        .append(" from the archive with AppCDS).\n\n");
    md.append("Steps of the same command timed in-process (`ColdStartProbe`, median of ").append(text("probe.runs"))
        .append(" fresh JVMs, ms):\n\n| step | without CDS | with AppCDS |\n|---|---|---|\n");
    for (String step : List.of("jvmToMain", "catalog", "engine", "read", "firstAssessment", "json", "total")) {
      md.append("| ").append(describeStep(step)).append(" | ").append(text("probe." + step + ".ms")).append(" | ")
          .append(text("probe.cds." + step + ".ms")).append(" |\n");
    }

    md.append("\n#### Batch\n\n").append(text("batch.profiles")).append(" generated profiles, `kijun assess DIR --format json")
        .append("` → ").append(text("batch.output.mb")).append(" MB of JSON; ").append(text("batch.runs"))
        .append(" runs: ").append(text("batch.all.s")).append(" s (median ").append(fmt(batch, "s")).append(").\n");

    md.append("\n#### Memory\n\nRetained heap: first engine ").append(num(number("heap.first.bytes") / 1048576))
        .append(" MB (with what all engines share: catalog, messages, region data), each further engine ")
        .append(fmt(heapMb, "MB")).append(" (mean of ").append(text("heap.engines")).append(").\n");

    md.append("\n#### Machine\n\n").append(text("machine.cpu")).append(", ").append(text("machine.cores"))
        .append(" cores, ").append(text("machine.memory")).append("; ").append(text("machine.java")).append("; load average ")
        .append(text("machine.load.before")).append(" before the run, ").append(text("machine.load.after"))
        .append(" after; ").append(text("machine.date")).append(".\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String what, String measured, String target, String result) {
    md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(target).append(" | ")
        .append(result).append(" |\n");
  }

  /** "met", or "missed by X (N× the target)". */
  static String verdict(double measured, double target, boolean atLeast, String unit) {
    if (Double.isNaN(measured)) {
      return "not measured";
    }
    boolean met = atLeast ? measured >= target : measured <= target;
    if (met) {
      return "met";
    }
    double by = Math.abs(measured - target);
    String times = atLeast ? String.format(Locale.ROOT, "%.0f%% of the target", 100 * measured / target)
        : String.format(Locale.ROOT, "%.1f× the target", measured / target);
    return "**missed** by " + fmt(by, unit) + " (" + times + ")";
  }

  private static String describeBuild(String bench) {
    return switch (bench) {
      case "precompiled" -> "standard catalog, precompiled executable model (default)";
      case "fromDrl" -> "standard catalog compiled from DRL at run time";
      default -> "precompiled catalog + one custom DRL file (ORG-01) compiled at run time";
    };
  }

  private static String describeStep(String step) {
    return switch (step) {
      case "jvmToMain" -> "JVM start-up to `main`";
      case "catalog" -> "`StandardCatalog.load()` (reads its files on first use)";
      case "engine" -> "engine: KieBase from the executable model, beside criteria.yaml, messages, region and CRYPTREC data";
      case "read" -> "read the profile (YAML)";
      case "firstAssessment" -> "first assessment";
      case "json" -> "JSON report";
      default -> "total in `main`";
    };
  }

  private JsonNode jmh(String name) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return json.readTree(in);
    }
  }

  private static JsonNode find(JsonNode run, String bench) {
    if (run == null) {
      return null;
    }
    for (JsonNode r : run) {
      if (r.path("benchmark").asText().endsWith("." + bench)) {
        return r;
      }
    }
    return null;
  }

  private static double score(JsonNode run, String bench) {
    JsonNode r = find(run, bench);
    return r == null ? Double.NaN : r.path("primaryMetric").path("score").asDouble();
  }

  private static double percentile(JsonNode run, String bench, String p) {
    JsonNode r = find(run, bench);
    return r == null ? Double.NaN : r.path("primaryMetric").path("scorePercentiles").path(p).asDouble(Double.NaN);
  }

  private static double secondary(JsonNode run, String bench, String metric) {
    JsonNode r = find(run, bench);
    if (r == null) {
      return Double.NaN;
    }
    List<String> names = new ArrayList<>();
    r.path("secondaryMetrics").fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (name.endsWith(metric)) {
        return r.path("secondaryMetrics").path(name).path("score").asDouble();
      }
    }
    return Double.NaN;
  }

  private double number(String key) {
    String v = values.getProperty(key);
    try {
      return v == null ? Double.NaN : Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private String text(String key) {
    return values.getProperty(key, "–").strip();
  }

  private static String fmt(double v, String unit) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return num(v) + (unit.equals("×") ? "×" : " " + unit);
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    double a = Math.abs(v);
    String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, v);
  }
}
