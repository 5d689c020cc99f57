package dev.kijun.io;

/**
 * What the readers accept at most, so that a hostile or mistaken file ends in a clear error, fast, instead of
 * exhausting memory or time. Each limit is named in the error that reports it; see {@code docs/input-limits.md}.
 *
 * <p>Start from {@link #defaults()} and change one limit with {@link #withMaxBytes}, {@link #withMaxDepth} or
 * {@link #withMaxAliases}.
 *
 * @param maxBytes the largest file, in bytes (default 5 MiB; at most {@value #MAX_BYTES_CAP}). A profile is a few
 *     kilobytes.
 * @param maxDepth the deepest nesting of mappings and lists (default 64; at most {@value #MAX_DEPTH_CAP}, so that
 *     reading never runs out of stack). A profile nests about 6 levels.
 * @param maxAliases the most YAML aliases ({@code *name}) in one document, counting the aliases inside an aliased
 *     value each time it is used (default 50; 0 forbids aliases). An alias bomb ("billion laughs") stops here.
 */
public record ReaderLimits(long maxBytes, int maxDepth, int maxAliases) {
  /** The highest {@code maxBytes} accepted: a file is read into one array. */
  public static final long MAX_BYTES_CAP = Integer.MAX_VALUE - 16;
  /** The highest {@code maxDepth} accepted: reading is recursive in places. */
  public static final int MAX_DEPTH_CAP = 1000;

  /**
   * @throws IllegalArgumentException if a limit is below 1 (below 0 for {@code maxAliases}) or above its cap
   */
  public ReaderLimits {
    if (maxBytes < 1 || maxBytes > MAX_BYTES_CAP) {
      throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES_CAP + "; was " + maxBytes);
    }
    if (maxDepth < 1 || maxDepth > MAX_DEPTH_CAP) {
      throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_CAP + "; was " + maxDepth);
    }
    if (maxAliases < 0) {
      throw new IllegalArgumentException("maxAliases must not be negative; was " + maxAliases);
    }
  }

  /** The defaults: 5 MiB, depth 64, 50 aliases. */
  public static ReaderLimits defaults() {
    return new ReaderLimits(5L * 1024 * 1024, 64, 50);
  }

  /** These limits with another largest file size, in bytes. */
  public ReaderLimits withMaxBytes(long bytes) {
    return new ReaderLimits(bytes, maxDepth, maxAliases);
  }

  /** These limits with another deepest nesting. */
  public ReaderLimits withMaxDepth(int depth) {
    return new ReaderLimits(maxBytes, depth, maxAliases);
  }

  /** These limits with another largest number of YAML aliases. */
  public ReaderLimits withMaxAliases(int aliases) {
    return new ReaderLimits(maxBytes, maxDepth, aliases);
  }
}
