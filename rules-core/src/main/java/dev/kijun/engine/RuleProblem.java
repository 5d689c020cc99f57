package dev.kijun.engine;

/**
 * One problem the rule compiler found.
 *
 * @param resource the rule file, as named in its source
 * @param line the line, or 0 when the compiler gave none
 * @param message the compiler's message
 */
public record RuleProblem(String resource, int line, String message) {
  @Override
  public String toString() {
    return resource + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
