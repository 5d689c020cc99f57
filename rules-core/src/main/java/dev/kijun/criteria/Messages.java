package dev.kijun.criteria;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The explanations rules give, in Japanese and English, looked up by key ({@code B2-05.notice-too-short}). They live
 * in message bundles beside the rules, never as strings in the rules. Immutable and safe to share.
 */
public final class Messages {
  private final Map<Language, Map<String, String>> patterns;
  /** Each pattern parsed once, when first formatted; a copy of it formats each message. */
  private final Map<Language, Map<String, MessageFormat>> parsed = new EnumMap<>(Language.class);

  private Messages(Map<Language, Map<String, String>> patterns) {
    this.patterns = patterns;
    for (Language language : Language.values()) {
      parsed.put(language, new ConcurrentHashMap<>());
    }
  }

  /** Messages from maps of key to pattern, one per language. */
  public static Messages of(Map<Language, Map<String, String>> patterns) {
    Map<Language, Map<String, String>> copy = new HashMap<>();
    for (Language language : Language.values()) {
      copy.put(language, Map.copyOf(patterns.getOrDefault(language, Map.of())));
    }
    return new Messages(Map.copyOf(copy));
  }

  /** No messages at all. */
  public static Messages empty() {
    return new Messages(Map.of(Language.JA, Map.of(), Language.EN, Map.of()));
  }

  /**
   * Loads the bundles {@code baseName_ja.properties} and {@code baseName_en.properties} from a class loader.
   *
   * @throws CatalogException if either bundle is missing
   */
  public static Messages load(String baseName, ClassLoader loader) {
    Map<Language, Map<String, String>> byLanguage = new HashMap<>();
    for (Language language : Language.values()) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, language.locale(), loader,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> map = new HashMap<>();
        for (String key : bundle.keySet()) {
          map.put(key, bundle.getString(key));
        }
        byLanguage.put(language, Map.copyOf(map));
      } catch (MissingResourceException e) {
        throw new CatalogException("message bundle " + baseName + "_" + language.name().toLowerCase()
            + ".properties not found; every criterion needs its messages in Japanese and English");
      }
    }
    return new Messages(Map.copyOf(byLanguage));
  }

  /** Like {@link #load}, but no messages at all when neither bundle exists. */
  public static Messages loadIfPresent(String baseName, ClassLoader loader) {
    if (loader.getResource(baseName + "_ja.properties") == null && loader.getResource(baseName + "_en.properties") == null) {
      return empty();
    }
    return load(baseName, loader);
  }

  /** These messages and the others; on a clash the other's text wins. */
  public Messages plus(Messages other) {
    Map<Language, Map<String, String>> merged = new HashMap<>();
    for (Language language : Language.values()) {
      Map<String, String> map = new HashMap<>(patterns.get(language));
      map.putAll(other.patterns.get(language));
      merged.put(language, Map.copyOf(map));
    }
    return new Messages(Map.copyOf(merged));
  }

  /** The raw pattern of a key, if there is one. */
  public Optional<String> pattern(String key, Language language) {
    return Optional.ofNullable(patterns.get(language).get(key));
  }

  /** Every key known in the language. */
  public Collection<String> keys(Language language) {
    return patterns.get(language).keySet();
  }

  /** Formats a message; an unknown key comes back as the key and its arguments, so nothing is lost. */
  public String format(String key, Language language, List<?> args) {
    String pattern = patterns.get(language).get(key);
    List<Object> shown = new ArrayList<>(args.size());
    for (Object arg : args) {
      shown.add(Values.display(arg, language));
    }
    if (pattern == null) {
      return key + (shown.isEmpty() ? "" : " " + shown);
    }
    // Apostrophes are text ("the city's data"), never MessageFormat quoting.
    MessageFormat format = parsed.get(language)
        .computeIfAbsent(key, k -> new MessageFormat(pattern.replace("'", "''"), language.locale()));
    // MessageFormat is not thread-safe: format with a copy, which costs far less than parsing the pattern again;
    // into a buffer sized for the text, which otherwise grows from 16 characters a copy at a time
    int size = pattern.length();
    for (Object value : shown) {
      size += String.valueOf(value).length();
    }
    return ((MessageFormat) format.clone()).format(shown.toArray(), new StringBuffer(size), null).toString();
  }
}
