package dev.kijun.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A version of SSL or TLS, from the oldest. */
public enum TlsVersion {
  SSL_2_0("SSLv2"),
  SSL_3_0("SSLv3"),
  TLS_1_0("TLSv1.0"),
  TLS_1_1("TLSv1.1"),
  TLS_1_2("TLSv1.2"),
  TLS_1_3("TLSv1.3");

  private final String label;

  TlsVersion(String label) {
    this.label = label;
  }

  /** Parses {@code TLSv1.2}, {@code TLS 1.2}, {@code tls1.2}, {@code TLS_1_2} and the like. */
  @JsonCreator
  public static TlsVersion parse(String text) {
    String t = text == null ? "" : Codes.normalise(text).toUpperCase(Locale.ROOT).replaceAll("[\\s_V.]", "");
    for (TlsVersion v : values()) {
      String key = v.name().replace("_", "");
      String shortKey = key.endsWith("0") ? key.substring(0, key.length() - 1) : key;
      if (key.equals(t) || shortKey.equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not an SSL/TLS version; use one of "
        + "SSLv2, SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3");
  }

  private static String compact(String text) {
    return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_V.]", "");
  }

  @JsonValue
  @Override
  public String toString() {
    return label;
  }
}
