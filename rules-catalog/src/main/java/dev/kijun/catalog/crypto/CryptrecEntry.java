package dev.kijun.catalog.crypto;

import dev.kijun.policy.CipherList;
import java.util.List;

/**
 * One row of the CRYPTREC data: an algorithm, the list it is on, and where that claim comes from.
 *
 * @param list the list, or null for a known algorithm that is on none of them
 * @param category its category on the list
 * @param algorithm the name Kijun reports, e.g. {@code AES}, {@code RSA-OAEP}, {@code GCM}
 * @param aliases other spellings that mean it
 * @param keyBits the key lengths the row permits; empty when only the strength rules of LS-0003 limit it
 * @param blockBits the block length of a block cipher, or null
 * @param strengthFamily how its security strength is found
 * @param conditions its conditions and footnotes
 * @param document the document the row describes, e.g. {@code CRYPTREC LS-0001-2022R2}
 * @param revision that document's revision date
 * @param evidence the sources behind the row (evidence keys of the data file)
 * @param confidence how well it is sourced
 * @param verified whether someone has checked it against the primary document
 * @param note the row's footnote or caveat, or empty
 */
public record CryptrecEntry(CipherList list, CipherCategory category, String algorithm, List<String> aliases,
    List<Integer> keyBits, Integer blockBits, StrengthFamily strengthFamily, List<CipherCondition> conditions,
    String document, String revision, String evidence, Confidence confidence, boolean verified, String note) {
  public CryptrecEntry {
    aliases = List.copyOf(aliases);
    keyBits = List.copyOf(keyBits);
    conditions = List.copyOf(conditions);
  }

  /** Whether the algorithm is on one of the three lists. */
  public boolean listed() {
    return list != null;
  }

  /** Whether a key length is permitted by the row (any length is, when the row names none). */
  public boolean permitsKeyBits(int bits) {
    return keyBits.isEmpty() || keyBits.contains(bits);
  }

  /** The key length implied when none is declared: the row's only permitted length, if it has exactly one. */
  public Integer impliedKeyBits() {
    return keyBits.size() == 1 ? keyBits.get(0) : null;
  }

  @Override
  public String toString() {
    return algorithm;
  }
}
