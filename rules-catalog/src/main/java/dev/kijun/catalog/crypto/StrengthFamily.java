package dev.kijun.catalog.crypto;

import java.util.Locale;

/** How the security strength of an algorithm follows from its key or parameters (CRYPTREC LS-0003, SP 800-57). */
public enum StrengthFamily {
  /** From the symmetric key length. */
  SYMMETRIC,
  /** From the RSA modulus. */
  IFC,
  /** From the DH or DSA modulus, or a named group such as ffdhe3072. */
  FFC,
  /** From the order of the elliptic-curve group, or a named curve. */
  ECC,
  /** From the hash function itself (collision resistance). */
  HASH,
  /** From the ML-KEM parameter set. */
  KEM,
  /** No strength of its own (modes, MACs, entity authentication). */
  NONE;

  /** Parses the data file's spelling. */
  public static StrengthFamily parse(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }

  /** Whether a key length or parameter set must be known to tell the strength. */
  public boolean needsKeySize() {
    return this == SYMMETRIC || this == IFC || this == FFC || this == ECC;
  }
}
