package dev.kijun.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;

/**
 * A cloud region, named the way its provider names it. Region codes are unique only per provider
 * ({@code ap-northeast-1} is Tokyo on both AWS and Alibaba Cloud), so a region is always a pair.
 *
 * @param provider the provider's short name, e.g. {@code aws}, {@code azure}, {@code gcp}
 * @param code the provider's region code, e.g. {@code ap-northeast-1}
 */
public record RegionRef(String provider, String code) {
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public RegionRef(@JsonProperty(value = "provider", required = true) String provider,
      @JsonProperty(value = "code", required = true) String code) {
    Objects.requireNonNull(provider, "region provider must not be null");
    Objects.requireNonNull(code, "region code must not be null");
    this.provider = Codes.normalise(provider).toLowerCase(Locale.ROOT);
    this.code = Codes.normalise(code).toLowerCase(Locale.ROOT);
    if (this.provider.isEmpty() || this.code.isEmpty()) {
      throw new IllegalArgumentException("a region needs both a provider and a code, e.g. aws:ap-northeast-1; was '"
          + provider + ":" + code + "'");
    }
  }

  /** Parses the short form {@code provider:code}, e.g. {@code aws:ap-northeast-1}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RegionRef parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a region; write provider:code, e.g. aws:ap-northeast-1");
    }
    return new RegionRef(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return provider + ":" + code;
  }
}
