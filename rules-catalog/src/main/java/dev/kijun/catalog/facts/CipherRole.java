package dev.kijun.catalog.facts;

/** What an algorithm does in a declaration, e.g. in a TLS cipher suite. */
public enum CipherRole {
  /** Keeps data confidential: a block or stream cipher, an AEAD, public-key encryption, a KEM. */
  ENCRYPTION,
  /** The mode of operation of a block cipher. */
  MODE,
  /** Establishes keys: (EC)DH(E), RSA key transport, a key-exchange group. */
  KEY_EXCHANGE,
  /** Authenticates the peer: the signature of a suite, a certificate key. */
  AUTHENTICATION,
  /** Protects integrity: HMAC and its hash, CMAC. */
  MAC,
  /** A hash function: a suite's PRF/HKDF hash, a declaration's hash. */
  HASH,
  /** The algorithm of keys the provider generates (B2-38). */
  KEY
}
