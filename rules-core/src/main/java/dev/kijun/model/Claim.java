package dev.kijun.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A yes/no declaration with the evidence behind it. In a profile it is written either as a plain boolean
 * ({@code true}) or as an object ({@code {value: true, evidence: [...]}}). An absent claim is unknown.
 *
 * @param value what the vendor declares
 * @param evidence what backs it; empty when it is the vendor's word alone
 */
public record Claim(boolean value, List<Evidence> evidence) implements HasEvidence {
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public Claim(@JsonProperty(value = "value", required = true) boolean value,
      @JsonProperty("evidence") List<Evidence> evidence) {
    this.value = value;
    this.evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A bare declaration without evidence. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Claim of(boolean value) {
    return new Claim(value, List.of());
  }

  /** A declaration backed by the given evidence. */
  public static Claim of(boolean value, Evidence... evidence) {
    return new Claim(value, List.of(evidence));
  }

  /** True when the vendor declares yes. */
  public boolean holds() {
    return value;
  }

  /** True when nothing but the vendor's own word backs the declaration. */
  public boolean isUnsupported() {
    return evidence.stream().noneMatch(e -> e.kind().isIndependent());
  }
}
