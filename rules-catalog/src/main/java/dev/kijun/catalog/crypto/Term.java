package dev.kijun.catalog.crypto;

/**
 * One algorithm named in a declaration, as {@link AlgorithmNames} understood it.
 *
 * @param kind what it is
 * @param name for {@link Kind#ROW} the row's algorithm ({@code AES}); for {@link Kind#NAMED} the parameter set
 *     ({@code P-256}); for {@link Kind#FAMILY} one of {@link #RSA}, {@link #SHA}, {@link #SHA_2}, {@link #SHA_3},
 *     {@link #EC}, {@code ChaCha20}, {@code Poly1305}
 * @param surface how the declaration wrote it, lower-case without separators (e.g. {@code ecdhe})
 * @param bits the key length the declaration gives it, or null
 */
public record Term(Kind kind, String name, String surface, Integer bits) {
  /** RSA without its scheme (OAEP, PKCS#1 v1.5, PSS). */
  public static final String RSA = "RSA";
  /** SHA without its size. */
  public static final String SHA = "SHA";
  /** SHA-2 without its size. */
  public static final String SHA_2 = "SHA-2";
  /** SHA-3 without its size. */
  public static final String SHA_3 = "SHA-3";
  /** An elliptic-curve key without its algorithm. */
  public static final String EC = "EC";

  /** What a term is. */
  public enum Kind {
    /** A row of the CRYPTREC data. */
    ROW,
    /** A named parameter set of the strength data: a curve, a DH group. */
    NAMED,
    /** A family whose member the declaration did not name, e.g. bare {@code RSA} or {@code SHA-2}. */
    FAMILY
  }

  /** The same term with a key length. */
  public Term withBits(Integer value) {
    return new Term(kind, name, surface, value);
  }

  /** Whether the term is the row with this algorithm name. */
  public boolean isRow(String algorithm) {
    return kind == Kind.ROW && name.equals(algorithm);
  }

  /** Whether the term is the family with this name. */
  public boolean isFamily(String family) {
    return kind == Kind.FAMILY && name.equals(family);
  }

  @Override
  public String toString() {
    return bits == null || kind == Kind.NAMED ? name : name + "-" + bits;
  }
}
