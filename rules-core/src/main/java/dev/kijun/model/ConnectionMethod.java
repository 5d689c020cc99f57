package dev.kijun.model;

/** Ways to restrict which terminals may connect to the service (B2-16). */
public enum ConnectionMethod {
  IP_ALLOWLIST,
  DEVICE_CERTIFICATE,
  CLOSED_NETWORK,
  VPN,
  PRIVATE_LINK,
  CONDITIONAL_ACCESS
}
