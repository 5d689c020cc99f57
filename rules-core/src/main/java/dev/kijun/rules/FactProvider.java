package dev.kijun.rules;

import dev.kijun.model.ServiceProfile;
import java.util.function.Consumer;

/**
 * Derives extra facts from a profile before the rules run, e.g. the country of each region from the region data
 * file. Must be stateless and thread-safe: one provider serves every assessment.
 */
@FunctionalInterface
public interface FactProvider {
  /** Adds the facts derived from {@code profile}. */
  void contribute(ServiceProfile profile, Consumer<Object> facts);
}
