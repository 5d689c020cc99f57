package dev.kijun.io;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a misspelt one, for "did you mean" suggestions. */
final class Names {
  private Names() {}

  /** The known name closest to {@code name}, if it is close enough to be a typo; else {@code null}. */
  static String closest(String name, List<String> known) {
    List<String> best = closest(name, known, 1);
    return best.isEmpty() ? null : best.get(0);
  }

  /** Up to {@code n} known names close enough to {@code name} to be a typo, the closest first. */
  static List<String> closest(String name, List<String> known, int n) {
    if (name == null) {
      return List.of();
    }
    String key = fold(name);
    int threshold = Math.max(2, key.length() / 3);
    return known.stream()
        .map(k -> new Scored(k, distance(key, fold(k))))
        .filter(s -> s.distance <= threshold)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(n)
        .map(Scored::name)
        .toList();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private record Scored(String name, int distance) {}

  /** The Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
