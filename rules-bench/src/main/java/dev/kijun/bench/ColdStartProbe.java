package dev.kijun.bench;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.Document;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Assessment;
import dev.kijun.report.Report;
import dev.kijun.report.ReportFormat;
import dev.kijun.report.ReportItem;
import dev.kijun.report.ReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * What a cold start spends where: the steps of {@code kijun assess FILE --format json}, timed in a fresh JVM with
 * {@link System#nanoTime} markers (the JVM's own start-up up to {@code main} from the JVM's start time). Run it
 * in a JVM of its own, once per sample.
 *
 * <pre>{@code java -cp benchmarks.jar dev.kijun.bench.ColdStartProbe PROFILE.yaml}</pre>
 */
public final class ColdStartProbe {
  private ColdStartProbe() {}

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    long mainMillis = System.currentTimeMillis();
    Path file = Path.of(args[0]);

    StandardCatalog catalog = StandardCatalog.load();
    long t1 = System.nanoTime();
    Kijun kijun = Kijun.builder().catalog(catalog).build();
    long t2 = System.nanoTime();
    Document<ServiceProfile> doc = ProfileReader.create().readDocument(file);
    long t3 = System.nanoTime();
    Assessment assessment = kijun.assess(doc.value(), BenchProfiles.AS_OF);
    long t4 = System.nanoTime();
    kijun.assess(doc.value(), BenchProfiles.AS_OF);
    long t5 = System.nanoTime();
    StringWriter json = new StringWriter();
    Report report = Report.of(List.of(new ReportItem.Assessed(file.toString(), doc.sha256(), assessment)),
        kijun.criteria());
    ReportWriter.of(ReportFormat.JSON).write(report, json);
    long t6 = System.nanoTime();

    // read only now, so that loading the management classes is not counted in any step
    long jvmMillis = mainMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("cold.jvmToMain.ms=" + jvmMillis);
    System.out.println("cold.catalog.ms=" + ms(t0, t1));
    System.out.println("cold.engine.ms=" + ms(t1, t2));
    System.out.println("cold.read.ms=" + ms(t2, t3));
    System.out.println("cold.firstAssessment.ms=" + ms(t3, t4));
    System.out.println("cold.secondAssessment.ms=" + ms(t4, t5));
    System.out.println("cold.json.ms=" + ms(t5, t6));
    System.out.println("cold.total.ms=" + ms(t0, t6));
    System.out.println("cold.outcome=" + assessment.overall() + " " + json.getBuffer().length() + " chars");
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
