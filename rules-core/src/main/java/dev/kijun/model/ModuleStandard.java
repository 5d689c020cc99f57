package dev.kijun.model;

/** Validation programmes for cryptographic modules. */
public enum ModuleStandard {
  FIPS_140_2,
  FIPS_140_3,
  /** 暗号モジュール試験及び認証制度 (IPA). */
  JCMVP
}
