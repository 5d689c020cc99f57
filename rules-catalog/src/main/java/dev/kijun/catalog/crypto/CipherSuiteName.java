package dev.kijun.catalog.crypto;

import java.util.List;

/**
 * A TLS cipher suite decomposed (IANA, OpenSSL or GnuTLS spelling). For TLS 1.3 suites the key exchange and the
 * authentication are not part of the name: the key-exchange groups and certificate keys decide them.
 *
 * @param declared the suite as declared
 * @param tls13 whether it is a TLS 1.3 suite ({@code TLS_AES_128_GCM_SHA256})
 * @param keyExchange the key-exchange algorithm (ECDH, DH, RSAES-PKCS1-v1_5 for RSA key transport, PSK), or null
 * @param ephemeral whether the key exchange is ephemeral (ECDHE, DHE, and every TLS 1.3 suite)
 * @param authentication the authentication (RSASSA-PKCS1-v1_5, ECDSA, DSA, anonymous), or null when the key
 *     exchange authenticates (RSA key transport) or the suite is TLS 1.3
 * @param cipher the bulk cipher with its key length; the NULL row when the suite does not encrypt
 * @param mode the mode of operation, or null for stream ciphers and ChaCha20-Poly1305
 * @param hash the MAC's hash (before TLS 1.3 with a non-AEAD cipher) or the PRF/HKDF hash, or null
 * @param hmac whether {@code hash} is used in an HMAC (non-AEAD suites)
 * @param aead whether the cipher is an AEAD (GCM, CCM, ChaCha20-Poly1305)
 * @param unknownWords words not understood; when not empty, nothing else may be relied on
 */
public record CipherSuiteName(String declared, boolean tls13, Term keyExchange, boolean ephemeral,
    Term authentication, Term cipher, Term mode, Term hash, boolean hmac, boolean aead, List<String> unknownWords) {
  public CipherSuiteName {
    unknownWords = List.copyOf(unknownWords);
  }

  /** Whether every word was understood. */
  public boolean understood() {
    return unknownWords.isEmpty();
  }

  /** Whether the key exchange gives forward secrecy. */
  public boolean forwardSecret() {
    return ephemeral && understood();
  }
}
