package dev.kijun.model;

import java.util.List;

/**
 * Encryption of one communication path (B2-22).
 *
 * <p>A cipher suite does not say how long its keys are: the key-exchange group and the server certificate's key
 * decide that, and CRYPTREC counts an algorithm with a non-conforming key length as not on its list. So a path
 * names them too.
 *
 * @param channel which path, e.g. "browser to service", "replication"
 * @param encrypted whether the path is encrypted
 * @param tlsVersions every SSL/TLS version the endpoint accepts
 * @param cipherSuites every cipher suite offered, in IANA or OpenSSL spelling
 * @param keyExchangeGroups every key-exchange group offered, e.g. {@code x25519}, {@code secp256r1},
 *     {@code ffdhe3072}, {@code X25519MLKEM768}, or {@code DH 2048} for a fixed DH modulus
 * @param certificateKeys the key of every server certificate, e.g. {@code RSA 2048}, {@code ECDSA P-256},
 *     {@code Ed25519}
 */
public record TransitEncryption(String channel, Claim encrypted, List<TlsVersion> tlsVersions,
    List<String> cipherSuites, List<String> keyExchangeGroups, List<String> certificateKeys) {
  public TransitEncryption {
    tlsVersions = tlsVersions == null ? null : List.copyOf(tlsVersions);
    cipherSuites = cipherSuites == null ? null : List.copyOf(cipherSuites);
    keyExchangeGroups = keyExchangeGroups == null ? null : List.copyOf(keyExchangeGroups);
    certificateKeys = certificateKeys == null ? null : List.copyOf(certificateKeys);
  }

  /** A path declared without key-exchange groups or certificate keys, as before they were part of the model. */
  public TransitEncryption(String channel, Claim encrypted, List<TlsVersion> tlsVersions, List<String> cipherSuites) {
    this(channel, encrypted, tlsVersions, cipherSuites, null, null);
  }
}
