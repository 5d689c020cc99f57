package dev.kijun.policy;

/**
 * The three lists of the CRYPTREC 暗号リスト (CRYPTREC LS-0001-2022 and its revisions), as a municipal policy names
 * them when it decides which lists it accepts (B2-22, B2-38).
 */
public enum CipherList {
  /** 電子政府推奨暗号リスト: security and implementation confirmed, in use or expected to spread; recommended. */
  RECOMMENDED,
  /** 推奨候補暗号リスト: security and implementation confirmed, but not yet adopted enough to be recommended. */
  CANDIDATE,
  /** 運用監視暗号リスト: no longer recommendable; tolerated only to keep compatibility with existing systems. */
  MONITORED
}
