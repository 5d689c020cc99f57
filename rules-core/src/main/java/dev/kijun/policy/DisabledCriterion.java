package dev.kijun.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kijun.criteria.CriterionId;
import java.util.Objects;

/**
 * A criterion the municipality does not adopt, and why. It is left out of assessments and named in reports.
 *
 * @param criterion the criterion
 * @param reason why it is not adopted
 */
public record DisabledCriterion(CriterionId criterion, String reason) {
  @JsonCreator
  public DisabledCriterion(@JsonProperty(value = "criterion", required = true) CriterionId criterion,
      @JsonProperty(value = "reason", required = true) String reason) {
    this.criterion = Objects.requireNonNull(criterion, "criterion must not be null");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("disabling " + criterion + " needs a reason");
    }
    this.reason = reason.strip();
  }
}
