package dev.kijun.cli;

import dev.kijun.engine.Kijun;
import dev.kijun.policy.PolicyReader;
import dev.kijun.policy.Waivers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the engine is built from and the day it judges as of: the one place a command builds a {@link Kijun}. Build
 * it once per command; it is immutable and assesses any number of profiles.
 */
final class EngineOptions {
  @Mixin
  CatalogOptions catalog = new CatalogOptions();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "judge as of this date (YYYY-MM-DD; default: today); key lengths and expiry depend on it")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "a municipal policy (YAML): parameters such as minimumNoticePeriod, criteria not adopted, levels")
  Path policy;

  @Option(names = "--waivers", paramLabel = "FILE",
      description = "approved exceptions (例外措置, YAML): a waived finding is WAIVED and keeps its original verdict")
  Path waivers;

  /** Builds the engine over the catalogs in force, with the policy and waivers given. */
  Kijun engine() {
    Kijun.Builder builder = Kijun.builder();
    catalog.catalogs().forEach(builder::catalog);
    if (policy != null) {
      builder.policy(PolicyReader.create().read(policy));
    }
    if (waivers != null) {
      builder.waivers(Waivers.read(waivers));
    }
    return builder.build();
  }

  /** The day profiles are judged as of. */
  LocalDate evaluationDate() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /** Parses {@code YYYY-MM-DD}, saying so when the text is not such a date. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write YYYY-MM-DD, e.g. 2027-04-01");
      }
    }
  }
}
