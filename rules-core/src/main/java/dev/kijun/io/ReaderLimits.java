package dev.kijun.io;

/**
 * What the readers accept at most, so that a hostile file ends in a clear error instead of exhausting memory.
 *
 * @param maxBytes the largest file, in bytes (default 5 MiB)
 * @param maxDepth the deepest nesting of objects and lists (default 64)
 * @param maxAliases the most YAML aliases in one document (default 50; an alias bomb stops here)
 */
public record ReaderLimits(long maxBytes, int maxDepth, int maxAliases) {
  public ReaderLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxAliases < 0) {
      throw new IllegalArgumentException("reader limits must be positive: " + maxBytes + ", " + maxDepth + ", "
          + maxAliases);
    }
  }

  /** The defaults: 5 MiB, depth 64, 50 aliases. */
  public static ReaderLimits defaults() {
    return new ReaderLimits(5L * 1024 * 1024, 64, 50);
  }
}
