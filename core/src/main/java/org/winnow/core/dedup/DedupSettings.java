package org.winnow.core.dedup;

/**
 * Every threshold and option of duplicate detection, named once. The defaults are the ones measured
 * in docs/benchmarks.md.
 *
 * @param certainTitle title similarity above which a pair with enough agreeing fields is merged
 * @param possibleTitle title similarity above which a pair is at least queued for review
 * @param truncatedTitleChars shortest common prefix that counts a truncated title as the same
 * @param maxBlockSize blocks larger than this (very common keys) are compared only on stricter keys
 * @param errata whether an erratum is linked to its article or merged with it (project setting
 *     {@value ErrataHandling#SETTING})
 */
public record DedupSettings(
    double certainTitle,
    double possibleTitle,
    int truncatedTitleChars,
    int maxBlockSize,
    ErrataHandling errata) {

  public static final DedupSettings DEFAULTS = new DedupSettings(0.95, 0.80, 60, 300);

  /** The thresholds with errata linked to their articles (the default). */
  public DedupSettings(
      double certainTitle, double possibleTitle, int truncatedTitleChars, int maxBlockSize) {
    this(certainTitle, possibleTitle, truncatedTitleChars, maxBlockSize, ErrataHandling.LINK);
  }

  public DedupSettings withErrata(ErrataHandling handling) {
    return new DedupSettings(
        certainTitle, possibleTitle, truncatedTitleChars, maxBlockSize, handling);
  }
}
