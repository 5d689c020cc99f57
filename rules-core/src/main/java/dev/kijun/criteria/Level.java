package dev.kijun.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How binding a criterion is (求めるレベル). Only mandatory criteria decide the overall result. */
public enum Level {
  /** 必須: must be met. */
  REQUIRED("必須"),
  /** 推奨: should be met; reported, but does not make the service non-compliant. */
  RECOMMENDED("推奨");

  private final String japanese;

  Level(String japanese) {
    this.japanese = japanese;
  }

  /** The table's word for the level. */
  public String japanese() {
    return japanese;
  }

  /** Parses {@code 必須}, {@code 推奨}, {@code REQUIRED} or {@code RECOMMENDED}. */
  @JsonCreator
  public static Level parse(String text) {
    String t = text == null ? "" : text.strip();
    for (Level level : values()) {
      if (level.japanese.equals(t) || level.name().equals(t.toUpperCase(Locale.ROOT))) {
        return level;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a level; use 必須 (REQUIRED) or 推奨 (RECOMMENDED)");
  }

  @JsonValue
  String json() {
    return name();
  }
}
