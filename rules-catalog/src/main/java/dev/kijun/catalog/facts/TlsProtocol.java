package dev.kijun.catalog.facts;

import dev.kijun.model.TlsVersion;

/**
 * One SSL/TLS version a path accepts (B2-22).
 *
 * @param pointer its JSON pointer, e.g. {@code /encryption/inTransit/0/tlsVersions/1}
 * @param where the channel, for messages
 * @param version the version
 */
public record TlsProtocol(String pointer, String where, TlsVersion version) {
  /** Whether it is SSL (3.0 or older), which is never acceptable. */
  public boolean ssl() {
    return version.compareTo(TlsVersion.TLS_1_0) < 0;
  }
}
