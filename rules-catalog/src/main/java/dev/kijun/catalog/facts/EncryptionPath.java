package dev.kijun.catalog.facts;

import dev.kijun.model.Claim;

/**
 * One declared data store or communication path (B2-22), before its algorithms are judged.
 *
 * @param pointer its JSON pointer, e.g. {@code /encryption/inTransit/1}
 * @param flow at rest or in transit
 * @param where the store or channel, for messages
 * @param encrypted whether it is declared encrypted, or null when not declared
 * @param algorithmDeclared at rest: whether an algorithm is declared (always true in transit)
 * @param versionsDeclared in transit: whether TLS versions are declared (always true at rest)
 * @param suitesDeclared in transit: whether cipher suites are declared (always true at rest)
 */
public record EncryptionPath(String pointer, Flow flow, String where, Claim encrypted, boolean algorithmDeclared,
    boolean versionsDeclared, boolean suitesDeclared) {

  /** Whether it is declared encrypted. */
  public boolean declaredEncrypted() {
    return encrypted != null && encrypted.value();
  }

  /** Whether it is declared not encrypted. */
  public boolean declaredUnencrypted() {
    return encrypted != null && !encrypted.value();
  }
}
