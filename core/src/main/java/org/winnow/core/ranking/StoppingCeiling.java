package org.winnow.core.ranking;

/**
 * The most work a stopping rule can save on a set, whatever the ranking: the rule applied to a
 * perfect ranking (every relevant item first, then irrelevant ones). After the last relevant item
 * the rule still needs a run of irrelevant items before it may reject "recall is below the target";
 * a real ranking finds the last relevant items later, so its run starts later. The rule is asked
 * after every decision.
 *
 * @param records all items
 * @param relevant the relevant items among them
 * @param screenedAtStop items screened when the rule first says stop on the perfect ranking
 */
public record StoppingCeiling(int records, int relevant, int screenedAtStop) {
  /** Computes the ceiling exactly with the rule's own test, by bisection on the run length. */
  public static StoppingCeiling of(HypergeometricStoppingRule rule, int records, int relevant) {
    if (relevant < 1 || relevant > records) {
      throw new IllegalArgumentException(
          "need 1 to " + records + " relevant items, not " + relevant);
    }
    // the rule's verdict on "all relevant, then run irrelevant" only turns from go on to stop as
    // the run grows (every window's hypergeometric tail shrinks with more draws), so bisect
    int lo = 0;
    int hi = records - relevant; // everything screened: the rule's test rejects any missed item
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rule.stops(perfect(relevant, mid), records)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return new StoppingCeiling(records, relevant, relevant + lo);
  }

  /** Every relevant item first, then {@code run} irrelevant ones. */
  static ScreeningHistory perfect(int relevant, int run) {
    ScreeningHistory history = new ScreeningHistory();
    for (int i = 0; i < relevant; i++) {
      history.add(true);
    }
    for (int i = 0; i < run; i++) {
      history.add(false);
    }
    return history;
  }

  /** The irrelevant items the rule needs after the last relevant one. */
  public int run() {
    return screenedAtStop - relevant;
  }

  /** Work saved as a share of screening only the relevant items would save: (N - S) / (N - R). */
  public double savedVsRelevantOnly() {
    return StoppingSavings.vsRelevantOnly(records, relevant, screenedAtStop);
  }

  /**
   * Work saved as a share of what stopping exactly at 95% recall on the same (perfect) ranking
   * saves: (N - S) / (N - ceil(0.95 R)).
   */
  public double savedVsOracleStop() {
    return StoppingSavings.vsOracleStop(
        records, RecallMetrics.percentOf(relevant, RecallMetrics.RECALL_95), screenedAtStop);
  }
}
