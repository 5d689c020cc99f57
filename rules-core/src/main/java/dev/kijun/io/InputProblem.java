package dev.kijun.io;

/**
 * One thing wrong with an input file.
 *
 * @param pointer where, as a JSON pointer such as {@code /regionUse/regions/0}; empty for the whole document
 * @param line the line, 1-based, or 0 when unknown
 * @param column the column, 1-based, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record InputProblem(String pointer, int line, int column, String message) {
  /** {@code line:column (pointer): message}, leaving out what is unknown. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
      sb.append(' ');
    }
    if (pointer != null && !pointer.isEmpty()) {
      sb.append('(').append(pointer).append(") ");
    }
    return sb.append(message).toString();
  }
}
