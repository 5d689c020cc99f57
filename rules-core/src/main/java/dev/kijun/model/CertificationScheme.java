package dev.kijun.model;

/** Certifications and registrations a service can hold. */
public enum CertificationScheme {
  /** 政府情報システムのためのセキュリティ評価制度. */
  ISMAP,
  /** ISMAP for low-impact SaaS. */
  ISMAP_LIU,
  ISO_27001,
  ISO_27017,
  ISO_27018,
  ISO_9001,
  SOC2,
  CS_MARK,
  OTHER
}
