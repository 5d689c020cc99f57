package dev.kijun.io;

/**
 * A problem found in a document tree, not yet given its line and column: those are found afterwards, in one pass
 * over the text, for every finding at once.
 *
 * @param pointer where, as a JSON pointer
 * @param atKey whether the location is the key at {@code pointer} (an unknown or duplicate field) rather than its
 *     value
 * @param message what is wrong and how to fix it
 */
record Finding(String pointer, boolean atKey, String message) {
  static Finding atValue(String pointer, String message) {
    return new Finding(pointer, false, message);
  }

  static Finding atKey(String pointer, String message) {
    return new Finding(pointer, true, message);
  }
}
