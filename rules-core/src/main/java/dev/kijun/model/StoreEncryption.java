package dev.kijun.model;

/**
 * Encryption of one data store at rest (B2-22).
 *
 * @param store which store, e.g. "RDS database", "S3 backups"
 * @param encrypted whether the store is encrypted
 * @param algorithm the algorithm as the vendor writes it, e.g. {@code AES-256-GCM}, {@code AES/XTS}
 * @param keyBits the key length in bits, when not part of the algorithm's name; 1 to 65536
 * @param mode the mode of operation, when not part of the algorithm's name
 */
public record StoreEncryption(String store, Claim encrypted, String algorithm, Integer keyBits, String mode) {
  public StoreEncryption {
    Bounds.range("keyBits", keyBits, 1, 65_536);
  }
}
