package dev.kijun.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Level;
import java.util.List;
import java.util.Map;

/**
 * A municipality's policy: the parameters it tightens, the criteria it does not adopt (with reasons) and the levels
 * it raises or lowers. Read from YAML with {@link PolicyReader}; unknown keys and bad values are errors.
 *
 * <pre>
 * name: 〇〇市 外部サービス利用基準 2027
 * parameters:
 *   minimumNoticePeriod: P12M
 * disabled:
 *   - {criterion: B2-16, reason: 閉域網のみで利用するため}
 * levels:
 *   B2-34: 推奨
 * </pre>
 *
 * @param name the policy's name, for reports
 * @param parameters the parameters; unset ones keep their defaults
 * @param disabled criteria not adopted
 * @param levels criteria whose level the policy sets
 */
public record Policy(String name, Parameters parameters, List<DisabledCriterion> disabled,
    Map<CriterionId, Level> levels) {

  @JsonCreator
  public Policy(@JsonProperty("name") String name, @JsonProperty("parameters") Parameters parameters,
      @JsonProperty("disabled") List<DisabledCriterion> disabled,
      @JsonProperty("levels") Map<CriterionId, Level> levels) {
    this.name = name == null ? "policy" : name.strip();
    this.parameters = parameters == null ? Parameters.defaults() : parameters;
    this.disabled = disabled == null ? List.of() : List.copyOf(disabled);
    this.levels = levels == null ? Map.of() : Map.copyOf(levels);
    long distinct = this.disabled.stream().map(DisabledCriterion::criterion).distinct().count();
    if (distinct != this.disabled.size()) {
      throw new IllegalArgumentException("a criterion is disabled twice; list each once");
    }
  }

  /** The standard policy: default parameters, every criterion adopted at its own level. */
  public static Policy standard() {
    return new Policy("standard", null, null, null);
  }
}
