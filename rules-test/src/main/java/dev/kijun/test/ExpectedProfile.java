package dev.kijun.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kijun.criteria.CriterionId;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.report.Outcome;
import dev.kijun.report.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A profile file with its expected results declared beside the facts, in a top-level {@code expect:} block:
 *
 * <pre>
 * id: vendor-x
 * dataResidency: …
 * expect:
 *   overall: NON_COMPLIANT
 *   B2-02: NOT_SATISFIED
 *   ORG-01: SATISFIED
 * </pre>
 *
 * The block is cut out before the profile is read, line for line, so errors in the profile keep their line numbers.
 *
 * @param profile the profile
 * @param overall the expected overall result, if declared
 * @param verdicts the expected verdict per criterion, in the order declared
 */
public record ExpectedProfile(ServiceProfile profile, Optional<Outcome> overall, Map<CriterionId, Verdict> verdicts) {
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[^\\s#-].*");
  private static final Pattern EXPECT_KEY = Pattern.compile("^expect\\s*:.*");

  /**
   * Reads a YAML profile with an {@code expect:} block.
   *
   * @throws dev.kijun.io.InvalidInputException if the profile is invalid
   * @throws IllegalArgumentException if the expect block is invalid, naming the bad entry
   */
  public static ExpectedProfile parse(String name, String yaml) {
    String[] lines = yaml.split("\\R", -1);
    StringBuilder profile = new StringBuilder();
    StringBuilder expect = new StringBuilder();
    boolean inExpect = false;
    for (String line : lines) {
      if (EXPECT_KEY.matcher(line).matches()) {
        inExpect = true;
      } else if (inExpect && TOP_LEVEL_KEY.matcher(line).matches()) {
        inExpect = false;
      }
      if (inExpect) {
        expect.append(line).append('\n');
        profile.append('\n');
      } else {
        profile.append(line).append('\n');
      }
    }
    ServiceProfile parsed = ProfileReader.create().read(name, profile.toString());
    if (expect.length() == 0) {
      return new ExpectedProfile(parsed, Optional.empty(), Map.of());
    }
    return withExpectations(name, parsed, expect.toString());
  }

  private static ExpectedProfile withExpectations(String name, ServiceProfile profile, String block) {
    JsonNode expect;
    try {
      expect = new YAMLMapper().readTree(block).get("expect");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": the expect block is not valid YAML: " + e.getOriginalMessage());
    }
    if (expect == null || !expect.isObject()) {
      throw new IllegalArgumentException(name + ": 'expect' must map 'overall' and criterion ids to verdicts");
    }
    Outcome overall = null;
    Map<CriterionId, Verdict> verdicts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : expect.properties()) {
      String value = e.getValue().asText().strip();
      try {
        if (e.getKey().equals("overall")) {
          overall = Outcome.valueOf(value);
        } else {
          verdicts.put(CriterionId.of(e.getKey()), Verdict.valueOf(value));
        }
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(name + ": expect." + e.getKey() + " = '" + value + "' is not valid; use "
            + (e.getKey().equals("overall") ? "COMPLIANT, NON_COMPLIANT or INCOMPLETE"
            : "SATISFIED, NOT_SATISFIED, UNDETERMINED, NOT_APPLICABLE or WAIVED") + " (" + bad.getMessage() + ")");
      }
    }
    return new ExpectedProfile(profile, Optional.ofNullable(overall), Map.copyOf(verdicts));
  }
}
