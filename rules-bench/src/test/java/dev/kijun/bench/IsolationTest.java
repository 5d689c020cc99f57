package dev.kijun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.model.ServiceProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small isolation check of the test suite: one engine, four threads, each assessing 1,000 different generated
 * profiles in its own order; every result equals the profile's sequential result. The large run (8 threads ×
 * 10,000) is part of the benchmark: {@code IsolationCheck}.
 */
class IsolationTest {
  @Test
  void four_threads_sharing_one_engine_get_exactly_the_sequential_results() throws Exception {
    List<ServiceProfile> profiles = BenchProfiles.generated(1_000);
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    IsolationCheck.Result result = IsolationCheck.run(kijun, profiles, 4, 1_000, BenchProfiles.AS_OF);
    assertThat(result.assessments()).isEqualTo(4_000);
    assertThat(result.mismatches()).as(String.valueOf(result.firstMismatch())).isZero();
  }

  @Test
  void a_different_profile_gives_a_different_result_so_the_check_can_fail() throws Exception {
    List<ServiceProfile> profiles = BenchProfiles.generated(2);
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    assertThat(kijun.assess(profiles.get(0), BenchProfiles.AS_OF))
        .isNotEqualTo(kijun.assess(profiles.get(1), BenchProfiles.AS_OF));
    assertThat(kijun.assess(profiles.get(0), BenchProfiles.AS_OF))
        .isEqualTo(kijun.assess(profiles.get(0), BenchProfiles.AS_OF));
  }
}
