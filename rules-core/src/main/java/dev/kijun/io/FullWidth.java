package dev.kijun.io;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Full-width and invisible characters that a Japanese input method or a copy from a PDF leaves in a file: full-width
 * letters and digits ({@code ＪＰ}, {@code ６}), the ideographic space (U+3000), the no-break space, zero-width
 * characters and a stray byte order mark. Code values are normalised with NFKC; everywhere else these characters
 * are named in the error so that the user can see what is invisible or looks alike.
 */
final class FullWidth {
  private FullWidth() {}

  /** NFKC, then surrounding white space removed. */
  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
  }

  /** Whether the text has a character that NFKC changes or that is invisible. */
  static boolean present(String text) {
    return !suspicious(text).isEmpty();
  }

  /**
   * A note naming the suspicious characters, e.g. {@code "contains full-width characters (Ｐ U+FF30, ６ U+FF16)"}, or
   * empty if there are none.
   */
  static String describe(String text) {
    Set<Integer> found = suspicious(text);
    if (found.isEmpty()) {
      return "";
    }
    String list = found.stream().limit(6).map(FullWidth::name).collect(Collectors.joining(", "));
    return "contains full-width or invisible characters (" + list + (found.size() > 6 ? ", ..." : "") + ")";
  }

  private static Set<Integer> suspicious(String text) {
    Set<Integer> found = new LinkedHashSet<>();
    text.codePoints().filter(c -> c > 0x7F).forEach(c -> {
      String one = new String(Character.toChars(c));
      String folded = Normalizer.normalize(one, Normalizer.Form.NFKC);
      if (invisible(c) || (!folded.equals(one) && folded.chars().allMatch(ch -> ch < 0x80))) {
        found.add(c);
      }
    });
    return found;
  }

  private static boolean invisible(int c) {
    return c == 0x3000 || c == 0x00A0 || c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060;
  }

  private static String name(int c) {
    String hex = String.format("U+%04X", c);
    return switch (c) {
      case 0x3000 -> "ideographic space " + hex;
      case 0x00A0 -> "no-break space " + hex;
      case 0xFEFF -> "byte order mark " + hex;
      case 0x200B, 0x200C, 0x200D, 0x2060 -> "zero-width character " + hex;
      default -> new String(Character.toChars(c)) + " " + hex;
    };
  }
}
