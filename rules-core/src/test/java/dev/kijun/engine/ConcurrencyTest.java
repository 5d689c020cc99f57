package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.model.ChangeNotice;
import dev.kijun.model.Claim;
import dev.kijun.model.NoticeChannel;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.Subcontracting;
import dev.kijun.report.Assessment;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives each profile exactly its sequential result: nothing leaks between them. */
class ConcurrencyTest {
  @Test
  void eight_threads_give_the_same_findings_as_sequential_runs() throws Exception {
    Kijun kijun = Kijun.builder().catalog(TestRules.catalog()).build();
    LocalDate day = LocalDate.of(2026, 11, 27);
    List<ServiceProfile> profiles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      profiles.add(ServiceProfile.builder("p" + i)
          .changeNotice(i % 3 == 0 ? null : new ChangeNotice(Period.ofDays(150 + i), i % 2 == 0 ? Set.of(NoticeChannel.EMAIL) : Set.of(), Claim.of(i % 5 != 0)))
          .subcontracting(i % 4 == 0 ? null : new Subcontracting(i % 4 == 1, null, null))
          .build());
    }
    List<String> sequential = profiles.stream().map(p -> fingerprint(kijun.assess(p, day))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (ServiceProfile p : profiles) {
          futures.add(pool.submit(() -> fingerprint(kijun.assess(p, day))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % profiles.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String fingerprint(Assessment a) {
    StringBuilder sb = new StringBuilder(a.profileId());
    a.findings().forEach(f -> sb.append('|').append(f.criterion()).append('=').append(f.verdict())
        .append(f.reasons().stream().map(r -> r.en()).toList()).append(f.missingFacts()));
    return sb.toString();
  }
}
