package dev.kijun.model;

/** Each kind of copy of the data that B2-02 follows: every copy counts, not only the primary. */
public enum StorageKind {
  PRIMARY,
  BACKUP,
  DISASTER_RECOVERY,
  LOGS,
  REPLICA
}
