package org.winnow.core.dedup;

/** A reviewer's decision on a pair of records, kept across runs and imports. */
public enum PairVerdict {
  SAME,
  DIFFERENT;

  public static PairVerdict parse(String s) {
    return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "same", "duplicate", "yes", "y", "1", "true" -> SAME;
      case "different", "distinct", "no", "n", "0", "false", "not duplicate" -> DIFFERENT;
      default -> throw new IllegalArgumentException("'" + s + "' is not same or different");
    };
  }

  /** Key of an unordered pair of record ids. */
  public static long pairKey(long a, long b) {
    return Math.min(a, b) << 32 | Math.max(a, b);
  }
}
