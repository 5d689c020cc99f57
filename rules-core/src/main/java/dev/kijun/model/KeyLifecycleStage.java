package dev.kijun.model;

/** The stages of a key's life, from generation to destruction (B2-38). */
public enum KeyLifecycleStage {
  GENERATION,
  STORAGE,
  USE,
  ROTATION,
  BACKUP,
  DESTRUCTION
}
