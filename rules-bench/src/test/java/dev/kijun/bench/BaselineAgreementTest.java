package dev.kijun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.bench.baseline.BaselineFinding;
import dev.kijun.bench.baseline.HandWrittenBaseline;
import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.CountryCode;
import dev.kijun.model.ModuleStandard;
import dev.kijun.model.NoticeChannel;
import dev.kijun.model.RegionRef;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.TlsVersion;
import dev.kijun.policy.CipherList;
import dev.kijun.policy.Parameters;
import dev.kijun.policy.TlsGuidelineTier;
import dev.kijun.report.Assessment;
import dev.kijun.test.ExpectedProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline judges exactly as the engine does: the same verdict, part verdicts, missing facts and
 * reason keys for every criterion, on every example profile, every fixture of every criterion and two thousand
 * generated profiles, under the default parameters, tightened ones and loosened ones. Only then is it a fair
 * baseline.
 *
 * <p>All 22 criteria are encoded rule for rule, B2-22 and B2-38 included (over the facts the catalog's CRYPTREC
 * provider derives, which both sides use).
 */
class BaselineAgreementTest {
  private static final Path EXAMPLES = Path.of("..", "rules-examples", "profiles");
  private static final Path VENDOR_EXAMPLES =
      Path.of("..", "rules-examples", "src", "test", "resources", "vendor-profiles");
  private static final Path FIXTURES =
      Path.of("..", "rules-catalog", "src", "test", "resources", "dev", "kijun", "catalog", "fixtures");

  @Test
  void the_baseline_covers_the_criteria_of_the_catalog_in_order() {
    List<String> catalog = StandardCatalog.load().criteria().stream().map(c -> c.id().value()).toList();
    assertThat(HandWrittenBaseline.CRITERIA).containsExactlyElementsOf(catalog);
    assertThat(HandWrittenBaseline.ENCODED).hasSize(22).containsAll(catalog);
  }

  @Test
  void agrees_with_the_engine_on_every_example_and_fixture_profile() throws IOException {
    List<Path> files = new ArrayList<>(yamlFiles(EXAMPLES));
    files.addAll(yamlFiles(FIXTURES));
    assertThat(yamlFiles(EXAMPLES)).hasSizeGreaterThanOrEqualTo(4);
    assertThat(yamlFiles(FIXTURES)).hasSizeGreaterThanOrEqualTo(130);
    ProfileReader reader = ProfileReader.create();
    List<ServiceProfile> profiles = new ArrayList<>(files.stream().map(reader::read).toList());
    // the vendor examples carry an expect: block beside the profile
    for (Path file : yamlFiles(VENDOR_EXAMPLES)) {
      profiles.add(ExpectedProfile.parse(file.toString(), Files.readString(file)).profile());
    }
    int compared = compareAll(profiles, Parameters.defaults());
    assertThat(compared).isEqualTo(profiles.size() * HandWrittenBaseline.CRITERIA.size());
  }

  @Test
  void agrees_with_the_engine_on_generated_profiles() {
    List<ServiceProfile> profiles = BenchProfiles.generated(2_000);
    compareAll(profiles, Parameters.defaults());
  }

  @Test
  void agrees_with_the_engine_under_tightened_parameters() throws IOException {
    Parameters tight = new Parameters(Period.ofYears(1), Set.of(NoticeChannel.EMAIL), Set.of(CountryCode.JAPAN),
        Set.of(CountryCode.JAPAN), Set.of(CountryCode.JAPAN), Set.of(CountryCode.JAPAN),
        Set.of(RegionRef.parse("aws:ap-northeast-1")), Duration.ofHours(2), 12, Duration.ofDays(30),
        Set.of(CipherList.RECOMMENDED), TlsGuidelineTier.HIGH_SECURITY, TlsVersion.TLS_1_3,
        Set.of(ModuleStandard.JCMVP), 4, null);
    compareAll(generatedAndFixtures(500), tight);
  }

  @Test
  void agrees_with_the_engine_under_loosened_parameters() throws IOException {
    Parameters loose = new Parameters(Period.ofMonths(3), null, Set.of(CountryCode.JAPAN, CountryCode.of("US")),
        null, Set.of(CountryCode.JAPAN, CountryCode.of("SG")), null, null, Duration.ofDays(3), 6, null,
        Set.of(CipherList.RECOMMENDED, CipherList.CANDIDATE, CipherList.MONITORED),
        TlsGuidelineTier.SECURITY_EXCEPTION, null, Set.of(ModuleStandard.FIPS_140_2, ModuleStandard.FIPS_140_3), 1,
        null);
    compareAll(generatedAndFixtures(500), loose);
  }

  private static List<ServiceProfile> generatedAndFixtures(int generated) throws IOException {
    List<ServiceProfile> profiles = new ArrayList<>(BenchProfiles.generated(generated));
    ProfileReader reader = ProfileReader.create();
    yamlFiles(FIXTURES).forEach(f -> profiles.add(reader.read(f)));
    return profiles;
  }

  @Test
  void the_full_benchmark_profile_is_judged_alike_and_decides_every_criterion() {
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
    ServiceProfile full = BenchProfiles.full();
    List<BaselineFinding> baseline = new HandWrittenBaseline(kijun.parameters(), StandardCatalog.load().factProviders())
        .assess(full, BenchProfiles.AS_OF);
    Assessment engine = kijun.assess(full, BenchProfiles.AS_OF);
    assertThat(Fingerprints.of(baseline)).isEqualTo(Fingerprints.of(engine));
    assertThat(baseline).extracting(f -> f.verdict().name()).doesNotContain("UNDETERMINED", "NOT_SATISFIED");
  }

  private static int compareAll(List<ServiceProfile> profiles, Parameters parameters) {
    Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).parameters(parameters).build();
    HandWrittenBaseline baseline = new HandWrittenBaseline(parameters, StandardCatalog.load().factProviders());
    int compared = 0;
    for (ServiceProfile profile : profiles) {
      var expected = Fingerprints.of(kijun.assess(profile, BenchProfiles.AS_OF));
      var actual = Fingerprints.of(baseline.assess(profile, BenchProfiles.AS_OF));
      assertThat(actual).as("profile %s", profile.id()).containsExactlyEntriesOf(expected);
      compared += expected.size();
    }
    return compared;
  }

  private static List<Path> yamlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
