package dev.kijun.report;

import dev.kijun.criteria.Language;
import dev.kijun.criteria.Messages;
import java.util.List;
import java.util.Objects;

/**
 * One explanation of a verdict: a message key and the values it names (actual and required). The text is formatted
 * from the catalog's message bundles when asked for, in Japanese or English.
 */
public final class Reason {
  private final String key;
  private final List<Object> args;
  private final Messages messages;

  /**
   * @param key the message key, e.g. {@code B2-05.notice-too-short}
   * @param args the values the message names
   * @param messages where the text comes from
   */
  public Reason(String key, List<?> args, Messages messages) {
    this.key = Objects.requireNonNull(key, "reason key must not be null");
    this.args = List.copyOf(args.stream().map(a -> a == null ? (Object) NullValue.INSTANCE : a).toList());
    this.messages = Objects.requireNonNull(messages, "messages must not be null");
  }

  /** The message key. */
  public String key() {
    return key;
  }

  /** The values the message names. */
  public List<Object> args() {
    return args.stream().map(a -> a == NullValue.INSTANCE ? null : a).toList();
  }

  /** The explanation in a language. */
  public String text(Language language) {
    return messages.format(key, language, args());
  }

  /** The explanation in Japanese. */
  public String ja() {
    return text(Language.JA);
  }

  /** The explanation in English. */
  public String en() {
    return text(Language.EN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r && key.equals(r.key) && args.equals(r.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, args);
  }

  @Override
  public String toString() {
    return en();
  }

  private enum NullValue { INSTANCE }
}
