package dev.kijun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kijun.criteria.CriterionId;
import dev.kijun.engine.Kijun;
import dev.kijun.io.InvalidInputException;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.policy.DisabledCriterion;
import dev.kijun.policy.Policy;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.report.Outcome;
import dev.kijun.report.Report;
import dev.kijun.report.ReportFormat;
import dev.kijun.report.ReportItem;
import dev.kijun.report.ReportWriter;
import dev.kijun.report.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fail-safe judgement, as properties over profiles derived from every example and fixture: a missing fact never
 * produces 満たす, a weaker value never improves a verdict, every enabled criterion gets exactly one finding, and the
 * JSON report does not depend on the run or the number of threads.
 */
class FailSafePropertiesTest {
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final List<JsonNode> BASES = loadBases();
  private static final Kijun KIJUN = Fixtures.engine();

  // ---- removing a fact ----

  @Property(tries = 400)
  void removing_any_fact_never_yields_satisfied_or_compliant(@ForAll("removals") Tuple.Tuple2<JsonNode, String> removal) {
    JsonNode base = removal.get1();
    JsonNode reduced = remove(base, removal.get2());
    Assessment before = assess(base);
    Assessment after;
    try {
      after = assess(reduced);
    } catch (InvalidInputException rejected) {
      // Some fields are required where they stand (an evidence's kind, a claim's value): without them the
      // profile is refused as a whole, which is fail-safe too.
      assertThat(rejected.getMessage()).contains("generated.yaml");
      return;
    }
    for (Finding f : after.findings()) {
      Verdict was = before.finding(f.criterion()).orElseThrow().verdict();
      if (f.verdict() == Verdict.SATISFIED) {
        assertThat(was).as("%s after removing %s from %s", f.criterion(), removal.get2(), base.get("id"))
            .isEqualTo(Verdict.SATISFIED);
      }
    }
    if (after.overall() == Outcome.COMPLIANT) {
      assertThat(before.overall()).as("overall after removing %s", removal.get2()).isEqualTo(Outcome.COMPLIANT);
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<JsonNode, String>> removals() {
    List<JsonNode> withFacts = BASES.stream().filter(b -> fieldPointers(b, "").size() > 1).toList();
    return Arbitraries.of(withFacts).flatMap(base -> {
      List<String> pointers = fieldPointers(base, "");
      pointers.remove("/id");
      return Arbitraries.of(pointers).map(p -> Tuple.of(base, p));
    });
  }

  // ---- weakening a value ----

  @Property(tries = 300)
  void weakening_a_value_never_improves_a_verdict(@ForAll("weakenings") Tuple.Tuple2<JsonNode, JsonNode> pair) {
    Assessment strong = assess(pair.get1());
    Assessment weak = assess(pair.get2());
    for (Finding f : weak.findings()) {
      Verdict before = strong.finding(f.criterion()).orElseThrow().verdict();
      assertThat(rank(f.verdict())).as("%s of %s weakened", f.criterion(), pair.get1().get("id"))
          .isLessThanOrEqualTo(rank(before));
    }
  }

  /** SATISFIED is best; NOT_APPLICABLE is neither better nor worse, so it ranks with SATISFIED. */
  private static int rank(Verdict v) {
    return switch (v) {
      case SATISFIED, NOT_APPLICABLE, WAIVED -> 2;
      case UNDETERMINED -> 1;
      case NOT_SATISFIED -> 0;
    };
  }

  @Provide
  Arbitrary<Tuple.Tuple2<JsonNode, JsonNode>> weakenings() {
    Arbitrary<JsonNode> base = Arbitraries.of(BASES);
    Arbitrary<String> shorter = Arbitraries.of("P1D", "P30D", "P90D", "P180D", "P5M", "P5M29D");
    Arbitrary<String> abroad = Arbitraries.of("us-east-1", "us-west-2", "ap-northeast-2", "ap-southeast-1", "eu-west-1");
    Arbitrary<String> weakCipher = Arbitraries.of("3DES", "RC4", "DES", "AES-128-ECB", "Blowfish", "RSA 1024bit");
    Arbitrary<Integer> smallKey = Arbitraries.of(40, 56, 64, 80, 112);
    return Combinators.combine(base, shorter, abroad, weakCipher, smallKey, Arbitraries.integers().between(0, 4))
        .as((b, period, region, cipher, key, which) -> {
          ObjectNode w = b.deepCopy();
          switch (which) {
            case 0 -> withObject(w, "changeNotice").put("noticePeriod", period);
            case 1 -> {
              ArrayNode locations = withObject(w, "dataResidency").withArray("locations");
              locations.addObject().put("kind", "BACKUP").put("provider", "aws").put("region", region);
            }
            case 2 -> {
              ArrayNode regions = withObject(w, "regionUse").withArray("regions");
              regions.add(new TextNode("aws:" + region));
            }
            case 3 -> {
              ArrayNode atRest = withObject(w, "encryption").withArray("atRest");
              atRest.addObject().put("store", "added").put("encrypted", true).put("algorithm", cipher);
            }
            default -> {
              ArrayNode atRest = withObject(w, "encryption").withArray("atRest");
              atRest.addObject().put("store", "added").put("encrypted", true).put("algorithm", "AES").put("keyBits", key);
            }
          }
          return Tuple.of(b, (JsonNode) w);
        });
  }

  private static ObjectNode withObject(ObjectNode node, String field) {
    JsonNode child = node.get(field);
    if (child instanceof ObjectNode o) {
      return o;
    }
    return node.putObject(field);
  }

  // ---- one finding per enabled criterion ----

  @Property(tries = 40)
  void every_assessment_has_exactly_one_finding_per_enabled_criterion(
      @ForAll("disabledSets") Set<String> disabled, @ForAll("bases") JsonNode base) {
    List<DisabledCriterion> off = disabled.stream().map(id -> new DisabledCriterion(CriterionId.of(id), "test")).toList();
    Kijun kijun = engineWithout(off);
    Assessment a = kijun.assess(profile(base), Fixtures.AS_OF);
    List<String> expected = StandardCatalog.load().criteria().stream().map(c -> c.id().value())
        .filter(id -> !disabled.contains(id)).toList();
    assertThat(a.findings()).extracting(f -> f.criterion().value()).containsExactlyElementsOf(expected);
  }

  private static final Map<Set<String>, Kijun> ENGINES = new HashMap<>();

  private static synchronized Kijun engineWithout(List<DisabledCriterion> off) {
    Set<String> key = Set.copyOf(off.stream().map(d -> d.criterion().value()).toList());
    return ENGINES.computeIfAbsent(key, k -> Kijun.builder().catalog(StandardCatalog.load())
        .policy(new Policy("test", null, off, null)).build());
  }

  @Provide
  Arbitrary<Set<String>> disabledSets() {
    return Arbitraries.of(StandardCatalog.load().criteria().stream().map(c -> c.id().value()).toList())
        .set().ofMaxSize(3);
  }

  @Provide
  Arbitrary<JsonNode> bases() {
    return Arbitraries.of(BASES);
  }

  // ---- reproducible reports ----

  @Property(tries = 30)
  void the_json_report_is_byte_identical_across_runs_and_thread_counts(@ForAll("bases") JsonNode base) throws Exception {
    ServiceProfile profile = profile(base);
    String first = json(KIJUN.assess(profile, Fixtures.AS_OF));
    String second = json(Fixtures.engine().assess(profile(base), Fixtures.AS_OF));
    assertThat(second).isEqualTo(first);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> json(KIJUN.assess(profile, Fixtures.AS_OF))));
      }
      for (Future<String> f : futures) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String json(Assessment a) throws IOException {
    StringBuilder sb = new StringBuilder();
    ReportWriter.of(ReportFormat.JSON).write(Report.of(List.of(new ReportItem.Assessed("p.yaml", "0", a)),
        StandardCatalog.load().criteria()), sb);
    // The engine version is the only volatile field when the date and source are fixed.
    return sb.toString().replaceAll("\"version\" : \"[^\"]*\"", "\"version\" : \"x\"");
  }

  // ---- helpers ----

  private static Assessment assess(JsonNode profile) {
    return KIJUN.assess(profile(profile), Fixtures.AS_OF);
  }

  private static ServiceProfile profile(JsonNode node) {
    try {
      return ProfileReader.create().read("generated.yaml", YAML.writeValueAsString(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode remove(JsonNode base, String pointer) {
    JsonNode copy = base.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    ((ObjectNode) parent).remove(pointer.substring(slash + 1));
    return copy;
  }

  /** Every object field at any depth, as JSON pointers: the facts a vendor might leave out. */
  private static List<String> fieldPointers(JsonNode node, String prefix) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = prefix + "/" + e.getKey();
        out.add(p);
        out.addAll(fieldPointers(e.getValue(), p));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(fieldPointers(node.get(i), prefix + "/" + i));
      }
    }
    return out;
  }

  private static List<JsonNode> loadBases() {
    List<JsonNode> out = new ArrayList<>();
    try {
      Path fixtures = Path.of(FailSafePropertiesTest.class.getClassLoader().getResource(Fixtures.ROOT).toURI());
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(fixtures)) {
        walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
      try (Stream<Path> examples = Files.list(Path.of("../rules-examples/profiles"))) {
        examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
      for (Path f : files) {
        out.add(YAML.readTree(f.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(out);
  }
}
