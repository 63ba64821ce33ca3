package org.winnow.core.dedup;

/**
 * Every threshold of duplicate detection, named once. The defaults are the ones measured in
 * docs/benchmarks.md.
 *
 * @param certainTitle title similarity above which a pair with enough agreeing fields is merged
 * @param possibleTitle title similarity above which a pair is at least queued for review
 * @param truncatedTitleChars shortest common prefix that counts a truncated title as the same
 * @param maxBlockSize blocks larger than this (very common keys) are compared only on stricter keys
 */
public record DedupSettings(
    double certainTitle, double possibleTitle, int truncatedTitleChars, int maxBlockSize) {

  public static final DedupSettings DEFAULTS = new DedupSettings(0.95, 0.80, 60, 300);
}
