package dev.kijun.model;

/** How data is deleted at the end of use (B2-43), after NIST SP 800-88. */
public enum DeletionMethod {
  /** Destroying the keys the data was encrypted with. */
  CRYPTO_ERASE,
  /** Purge: not recoverable even with laboratory techniques. */
  PURGE,
  /** Clear: overwriting with non-sensitive data. */
  OVERWRITE,
  PHYSICAL_DESTRUCTION,
  /** Only removing references; the data stays recoverable. */
  LOGICAL_DELETE;

  /** Whether the method leaves the data hard to restore, as B2-43 requires. */
  public boolean leavesDataUnrecoverable() {
    return this != LOGICAL_DELETE;
  }
}
