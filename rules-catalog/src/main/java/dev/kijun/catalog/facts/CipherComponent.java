package dev.kijun.catalog.facts;

import dev.kijun.catalog.crypto.CipherCondition;
import dev.kijun.catalog.crypto.Confidence;
import dev.kijun.catalog.crypto.CryptrecEntry;
import dev.kijun.catalog.crypto.StrengthTable;
import dev.kijun.policy.CipherList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One algorithm a profile declares, matched to its row of the CRYPTREC data, with the key length and security
 * strength it has there (B2-22, B2-38). A TLS suite gives one component per part (key exchange, authentication,
 * cipher, mode, MAC/hash); an at-rest declaration such as {@code AES-256-GCM} gives one per algorithm named.
 *
 * @param pointer the JSON pointer of the declaration, e.g. {@code /encryption/inTransit/0/cipherSuites/2}
 * @param flow where it is used
 * @param where the store or channel, for messages
 * @param declared the text as declared
 * @param role what it does there
 * @param label the algorithm as reported, with its key length or curve, e.g. {@code AES (256)}, {@code ECDH (X25519)}
 * @param entry its row in the CRYPTREC data
 * @param keyBits the key length, or null when it has none or it is not known here
 * @param strength the security strength in bits, or null when the algorithm has none of its own (a mode, a MAC) or
 *     it comes from elsewhere (a suite's key exchange takes it from the path's groups)
 * @param minimumStrength the weakest strength CRYPTREC accepts for any new protection (112 bits), from the data
 * @param period the row of the period table for this strength, or null when there is no strength or it is below
 *     the minimum
 * @param keyLengthSource the document the key-length rules come from (CRYPTREC LS-0003)
 * @param parameters the named curve or group that gives the strength, or null
 * @param unmetConditions the row's enforced conditions this use breaks, e.g. XTS outside storage
 */
public record CipherComponent(String pointer, Flow flow, String where, String declared, CipherRole role,
    String label, CryptrecEntry entry, Integer keyBits, Integer strength, int minimumStrength,
    StrengthTable.Period period, String keyLengthSource, StrengthTable.NamedParameters parameters,
    List<CipherCondition> unmetConditions) {
  public CipherComponent {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(entry, "entry");
    unmetConditions = unmetConditions == null ? List.of() : List.copyOf(unmetConditions);
  }

  /** The last day a system may still be in use with this strength, or null when the table sets no end. */
  public LocalDate usableUntil() {
    return period == null ? null : period.usableUntil();
  }

  /** How well the period this verdict rests on is sourced. */
  public String periodConfidence() {
    return period == null ? "-" : period.confidence().toString();
  }

  /** Whether that period has been checked against the primary document. */
  public boolean periodVerified() {
    return period != null && period.verified();
  }

  /** Whether the strength is below anything CRYPTREC accepts for new protection. */
  public boolean belowMinimumStrength() {
    return strength != null && strength < minimumStrength;
  }

  /** The list the algorithm is on, or null when it is on none. */
  public CipherList list() {
    return entry.list();
  }

  /** Whether it is on one of the three lists. */
  public boolean listed() {
    return entry.listed();
  }

  /** Whether it is on the 電子政府推奨暗号リスト. */
  public boolean recommended() {
    return entry.list() == CipherList.RECOMMENDED;
  }

  /** The row's algorithm name, e.g. {@code RSASSA-PKCS1-v1_5}. */
  public String algorithm() {
    return entry.algorithm();
  }

  /** Whether the key length (if any is known) is one the row permits. */
  public boolean keySizePermitted() {
    return keyBits == null || entry.permitsKeyBits(keyBits);
  }

  /** The key lengths the row permits. */
  public List<Integer> permittedKeyBits() {
    return entry.keyBits();
  }

  /** Whether the row has conditions this use breaks. */
  public boolean conditionsUnmet() {
    return !unmetConditions.isEmpty();
  }

  /** The row's conditions a profile cannot declare, in Japanese, for the city to confirm. */
  public List<String> conditionsJa() {
    return entry.conditions().stream().filter(c -> !c.enforced()).map(CipherCondition::textJa).toList();
  }

  /** The same in English. */
  public List<String> conditionsEn() {
    return entry.conditions().stream().filter(c -> !c.enforced()).map(CipherCondition::textEn).toList();
  }

  /** The conditions broken, in Japanese. */
  public List<String> unmetJa() {
    return unmetConditions.stream().map(CipherCondition::textJa).toList();
  }

  /** The conditions broken, in English. */
  public List<String> unmetEn() {
    return unmetConditions.stream().map(CipherCondition::textEn).toList();
  }

  /** The row this verdict rests on, e.g. {@code CRYPTREC LS-0001-2022R2 (2026-03-30): RSASSA-PKCS1-v1_5}. */
  public String source() {
    return entry.document() + " (" + entry.revision() + "): " + entry.algorithm();
  }

  /** How well the row is sourced: {@code confirmed-primary}, {@code confirmed-secondary} or {@code unverified}. */
  public String confidence() {
    return entry.confidence().toString();
  }

  /** Whether the row has been checked against the primary document. */
  public boolean verified() {
    return entry.verified();
  }

  /**
   * The row's footnote or caveat, and that of the named curve or group that gives the strength when it has one or
   * is unverified; {@code -} when there is none.
   */
  public String note() {
    List<String> notes = new java.util.ArrayList<>();
    if (entry.note() != null && !entry.note().isBlank()) {
      notes.add(entry.note());
    }
    if (parameters != null && (!parameters.note().isBlank() || parameters.confidence() == Confidence.UNVERIFIED)) {
      notes.add(parameters.name() + ": " + (parameters.note().isBlank() ? "strength " + parameters.strength()
          : parameters.note()) + " (" + parameters.confidence() + ")");
    }
    return notes.isEmpty() ? "-" : String.join("; ", notes);
  }

  /** The last day the service is known to be in use: the later of today and its declared end; today if none. */
  public LocalDate serviceEnd(LocalDate today, LocalDate useUntil) {
    return useUntil == null || useUntil.isBefore(today) ? today : useUntil;
  }

  /** Whether the service is in use after the last day this strength is usable. */
  public boolean outlives(LocalDate today, LocalDate useUntil) {
    LocalDate limit = usableUntil();
    return limit != null && serviceEnd(today, useUntil).isAfter(limit);
  }

  /** Whether the strength has an end the service may run past, and the service's end is not declared. */
  public boolean periodUnknown(LocalDate today, LocalDate useUntil) {
    LocalDate limit = usableUntil();
    return limit != null && useUntil == null && !today.isAfter(limit);
  }

  /** Whether the strength is usable for as long as the service is declared to be used. */
  public boolean withinPeriod(LocalDate today, LocalDate useUntil) {
    LocalDate limit = usableUntil();
    return limit == null || useUntil != null && !serviceEnd(today, useUntil).isAfter(limit);
  }
}
