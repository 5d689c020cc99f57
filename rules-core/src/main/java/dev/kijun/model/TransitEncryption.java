package dev.kijun.model;

import java.util.List;

/**
 * Encryption of one communication path (B2-22).
 *
 * @param channel which path, e.g. "browser to service", "replication"
 * @param encrypted whether the path is encrypted
 * @param tlsVersions every SSL/TLS version the endpoint accepts
 * @param cipherSuites every cipher suite offered, in IANA or OpenSSL spelling
 */
public record TransitEncryption(String channel, Claim encrypted, List<TlsVersion> tlsVersions,
    List<String> cipherSuites) {
  public TransitEncryption {
    tlsVersions = tlsVersions == null ? null : List.copyOf(tlsVersions);
    cipherSuites = cipherSuites == null ? null : List.copyOf(cipherSuites);
  }
}
