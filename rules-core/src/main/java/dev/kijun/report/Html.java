package dev.kijun.report;

/** Escaping for HTML text and attribute values; the one place the HTML report makes text safe. */
final class Html {
  private Html() {}

  /** Escapes {@code & < > " '}; null becomes empty. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes text and keeps its line breaks as {@code <br>}. */
  static String lines(String text) {
    return escape(text == null ? null : text.strip()).replace("\r", "").replace("\n", "<br>\n");
  }
}
