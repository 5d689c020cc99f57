package dev.kijun.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an assessment is made as of, inserted as a fact so rules that depend on time (key-length periods,
 * certificate validity) read it instead of the clock.
 *
 * @param value the date
 */
public record EvaluationDate(LocalDate value) {
  public EvaluationDate {
    Objects.requireNonNull(value, "evaluation date must not be null");
  }
}
