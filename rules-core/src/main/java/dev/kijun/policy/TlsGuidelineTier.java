package dev.kijun.policy;

import dev.kijun.model.TlsVersion;

/**
 * The setting tiers of the IPA/NICT「TLS暗号設定ガイドライン」(CRYPTREC GL-3001-3.0.1, 2020-07-07), which a municipality
 * chooses for B2-22. What Kijun assumes of each tier, since the guideline's per-tier tables have not been checked
 * against the primary document:
 *
 * <ul>
 *   <li>SSL 3.0 and older are prohibited in every tier (guideline v3, RFC 7568).
 *   <li>{@link #HIGH_SECURITY} and {@link #RECOMMENDED_SECURITY} disable TLS 1.0 and 1.1: the minimum is TLS 1.2.
 *   <li>{@link #HIGH_SECURITY} also accepts only AEAD suites with ephemeral (forward-secret) key exchange.
 *   <li>{@link #SECURITY_EXCEPTION} allows TLS 1.0 and 1.1 for legacy systems.
 * </ul>
 *
 * Every suite offered is judged against the CRYPTREC lists in every tier; the tier adds to that, it never relaxes it.
 */
public enum TlsGuidelineTier {
  /** 高セキュリティ型. */
  HIGH_SECURITY(TlsVersion.TLS_1_2, true),
  /** 推奨セキュリティ型: the guideline's recommendation unless there is a specific reason. */
  RECOMMENDED_SECURITY(TlsVersion.TLS_1_2, false),
  /** セキュリティ例外型: for interoperability with legacy systems only. */
  SECURITY_EXCEPTION(TlsVersion.TLS_1_0, false);

  private final TlsVersion minimumVersion;
  private final boolean aeadWithForwardSecrecyOnly;

  TlsGuidelineTier(TlsVersion minimumVersion, boolean aeadWithForwardSecrecyOnly) {
    this.minimumVersion = minimumVersion;
    this.aeadWithForwardSecrecyOnly = aeadWithForwardSecrecyOnly;
  }

  /** The oldest protocol version the tier enables (as Kijun assumes it). */
  public TlsVersion minimumVersion() {
    return minimumVersion;
  }

  /** Whether the tier accepts only AEAD cipher suites with ephemeral key exchange (as Kijun assumes it). */
  public boolean aeadWithForwardSecrecyOnly() {
    return aeadWithForwardSecrecyOnly;
  }
}
