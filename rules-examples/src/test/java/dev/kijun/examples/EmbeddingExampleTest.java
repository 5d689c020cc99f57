package dev.kijun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedding example runs as documented: one engine, several threads, the same answers as one thread. */
class EmbeddingExampleTest {
  @Test
  void several_threads_give_the_same_results_as_one() throws Exception {
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    var files = EmbeddingExample.profilesIn(Path.of("profiles"));
    LocalDate day = LocalDate.of(2026, 11, 27);
    Map<String, String> parallel = EmbeddingExample.assessAll(kijun, files, 4, day);
    Map<String, String> sequential = EmbeddingExample.assessAll(kijun, files, 1, day);
    assertThat(parallel).hasSize(files.size()).isEqualTo(sequential);
    assertThat(parallel.get("noncompliant-foreign-law.yaml")).isEqualTo("NON_COMPLIANT (不適合)");
  }
}
