package dev.kijun.catalog.crypto;

import dev.kijun.criteria.CatalogException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CRYPTREC's key-length rules (LS-0003) as data: the security strength of each algorithm family and key size, and
 * until when each strength may be used, by the year a system's use ends. Immutable.
 */
public final class StrengthTable {
  private final Map<StrengthFamily, List<Threshold>> thresholds;
  private final Map<String, List<NamedParameters>> named;
  private final List<Period> periods;
  private final String document;
  private final String revision;

  /**
   * A threshold: a key of at least {@code bits} bits of a family gives {@code strength} bits of security.
   *
   * @param family the family
   * @param bits the smallest key length that gives the strength
   * @param strength the security strength in bits
   */
  public record Threshold(StrengthFamily family, int bits, int strength) {}

  /**
   * A named parameter set: a curve, a DH group, a hash function or an ML-KEM parameter set.
   *
   * @param name its name, e.g. {@code P-256}, {@code X25519}, {@code ffdhe3072}
   * @param aliases other spellings
   * @param family its family
   * @param bits its size, for messages
   * @param strength its security strength in bits
   * @param confidence how well the strength is sourced
   * @param note a caveat, or empty
   */
  public record NamedParameters(String name, List<String> aliases, StrengthFamily family, int bits, int strength,
      Confidence confidence, String note) {
    public NamedParameters {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * How long a strength may be used for new protection.
   *
   * @param strength the security strength in bits
   * @param usableUntil the last day a system using it may still be in use, or null when the table sets no end
   * @param confidence how well the period is sourced
   * @param verified whether it has been checked against the primary document
   * @param note what the table says
   */
  public record Period(int strength, LocalDate usableUntil, Confidence confidence, boolean verified, String note) {}

  private StrengthTable(Map<StrengthFamily, List<Threshold>> thresholds, Map<String, List<NamedParameters>> named,
      List<Period> periods, String document, String revision) {
    this.thresholds = thresholds;
    this.named = named;
    this.periods = periods;
    this.document = document;
    this.revision = revision;
  }

  static StrengthTable of(Csv strength, Csv period) {
    Map<StrengthFamily, List<Threshold>> thresholds = new EnumMap<>(StrengthFamily.class);
    Map<String, List<NamedParameters>> named = new LinkedHashMap<>();
    for (Csv.Row row : strength.rows()) {
      try {
        StrengthFamily family = StrengthFamily.parse(row.required("family"));
        int bits = Integer.parseInt(row.required("bits"));
        int value = Integer.parseInt(row.required("strength"));
        String name = row.get("name");
        if (name.isEmpty()) {
          thresholds.computeIfAbsent(family, f -> new ArrayList<>()).add(new Threshold(family, bits, value));
        } else {
          NamedParameters p = new NamedParameters(name, CryptrecList.split(row.get("aliases")), family, bits, value,
              Confidence.parse(row.required("confidence")), row.get("note"));
          List<NamedParameters> same = named.computeIfAbsent(name, n -> new ArrayList<>());
          if (same.stream().anyMatch(o -> o.bits() == bits)) {
            throw row.error(name + " is listed twice with " + bits + " bits");
          }
          same.add(p);
        }
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    thresholds.replaceAll((f, list) -> list.stream().sorted(Comparator.comparingInt(Threshold::bits)).toList());
    List<Period> periods = new ArrayList<>();
    for (Csv.Row row : period.rows()) {
      try {
        String until = row.get("usableUntil");
        periods.add(new Period(Integer.parseInt(row.required("strength")),
            until.isEmpty() ? null : LocalDate.parse(until), Confidence.parse(row.required("confidence")),
            Boolean.parseBoolean(row.required("verified")), row.get("note")));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw row.error(e.getMessage());
      }
    }
    periods.sort(Comparator.comparingInt(Period::strength));
    if (periods.isEmpty()) {
      throw new CatalogException(period.name() + ": no periods");
    }
    named.replaceAll((n, list) -> List.copyOf(list));
    return new StrengthTable(Map.copyOf(thresholds), Map.copyOf(named), List.copyOf(periods),
        strength.header("document"), strength.header("revision"));
  }

  /**
   * The security strength of a key of a family, or empty when the family has no thresholds. A key below every
   * threshold has less than the lowest one: 0 is returned.
   */
  public Optional<Integer> strengthOf(StrengthFamily family, int bits) {
    List<Threshold> list = thresholds.get(family);
    if (list == null) {
      return Optional.empty();
    }
    int strength = 0;
    for (Threshold t : list) {
      if (bits >= t.bits()) {
        strength = t.strength();
      }
    }
    return Optional.of(strength);
  }

  /**
   * The security strength of a key of an algorithm: the algorithm's own row for that key length when the data has
   * one (3-key Triple DES: 168 bits give 112), else the family's thresholds.
   */
  public Optional<Integer> strengthOf(StrengthFamily family, String algorithm, int bits) {
    Optional<NamedParameters> own = named.getOrDefault(algorithm, List.of()).stream()
        .filter(p -> p.family() == family && p.bits() == bits).findFirst();
    return own.isPresent() ? own.map(NamedParameters::strength) : strengthOf(family, bits);
  }

  /** A named parameter set by its name (exactly as the data writes it); the first when it has several sizes. */
  public Optional<NamedParameters> named(String name) {
    return named.getOrDefault(name, List.of()).stream().findFirst();
  }

  /** Every named parameter set. */
  public List<NamedParameters> namedParameters() {
    return named.values().stream().flatMap(List::stream).toList();
  }

  /** The weakest strength usable for any new protection: below it, never (112 bits). */
  public int minimumStrength() {
    return periods.get(0).strength();
  }

  /**
   * The period of a strength: the row of the highest listed strength not above it. Empty when the strength is
   * below the minimum.
   */
  public Optional<Period> periodOf(int strength) {
    Period found = null;
    for (Period p : periods) {
      if (strength >= p.strength()) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The periods, from the weakest strength. */
  public List<Period> periods() {
    return periods;
  }

  /** The document the key-length rules come from, e.g. {@code CRYPTREC LS-0003-2022R1 (...)}. */
  public String document() {
    return document;
  }

  /** Its revision. */
  public String revision() {
    return revision;
  }
}
