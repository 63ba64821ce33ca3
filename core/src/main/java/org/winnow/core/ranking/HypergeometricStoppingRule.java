package org.winnow.core.ranking;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * The stopping rule of Callaghan and Müller-Hansen (2020), "Statistical stopping criteria for
 * automated screening in systematic reviews", Systematic Reviews 9:273, in its "ranked
 * quasi-sampling" form (as their buscar packages): the last {@code n} items screened are treated as
 * if they were a random sample drawn from themselves plus every item not yet screened. Under the
 * null hypothesis "recall is below the target", at least {@code m} relevant items would still be
 * unscreened; the probability of seeing no more than the {@code k} relevant items that the last
 * {@code n} held is a hypergeometric tail. The p-value is the smallest over every {@code n}; the
 * team may stop when it is below {@code 1 - confidence}.
 *
 * <p>Why it is conservative: the model put the most likely relevant items first, so the last items
 * screened were more likely relevant than a random sample of the rest; finding few among them is
 * stronger evidence than the test credits. It assumes the decisions are right (the true label) and
 * that the items were ranked, not chosen by hand to avoid relevant ones.
 */
public final class HypergeometricStoppingRule implements StoppingRule {
  /** Stable id, as {@code --stop hypergeometric} names it. */
  public static final String ID = "hypergeometric";

  public static final double DEFAULT_TARGET_RECALL = 0.95;
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private final double targetRecall;
  private final double confidence;

  public HypergeometricStoppingRule(double targetRecall, double confidence) {
    if (!(targetRecall > 0 && targetRecall <= 1) || !(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("target recall in (0, 1], confidence in (0, 1)");
    }
    this.targetRecall = targetRecall;
    this.confidence = confidence;
  }

  public static HypergeometricStoppingRule standard() {
    return new HypergeometricStoppingRule(DEFAULT_TARGET_RECALL, DEFAULT_CONFIDENCE);
  }

  @Override
  public String id() {
    return ID;
  }

  public double targetRecall() {
    return targetRecall;
  }

  public double confidence() {
    return confidence;
  }

  /** The verdict with its evidence after the screening so far, out of {@code records} items. */
  @Override
  public StopCheck check(ScreeningHistory history, int records) {
    int left = records - history.screened();
    double p = pValue(history, records, missedUnderNull(history.relevantFound()));
    int bound = relevantLeftBound(history, records);
    int found = history.relevantFound();
    double recallBound = found == 0 ? (bound == 0 ? 1 : 0) : found / (double) (found + bound);
    return new StopCheck(
        records,
        history.screened(),
        found,
        left,
        targetRecall,
        confidence,
        p,
        p < 1 - confidence,
        recallBound,
        bound);
  }

  /** Only the verdict: cheaper than {@link #check} (no confidence bound). */
  @Override
  public boolean stops(ScreeningHistory history, int records) {
    return pValue(history, records, missedUnderNull(history.relevantFound()), 1 - confidence)
        < 1 - confidence;
  }

  /**
   * The fewest relevant items left unscreened that would make recall fall below the target: the
   * smallest {@code m} with {@code found / (found + m) < target}, in exact arithmetic.
   */
  int missedUnderNull(int found) {
    int m = Math.max(1, (int) Math.floor(found / targetRecall) + 1 - found);
    while (m > 1 && found < targetRecall * (found + m - 1)) {
      m--;
    }
    while (!(found < targetRecall * (found + m))) {
      m++;
    }
    return m;
  }

  /**
   * The p-value of "at least {@code missed} relevant items are unscreened": the smallest, over the
   * last {@code n} items screened, of the probability of seeing at most their {@code k} relevant in
   * a sample of {@code n} from themselves plus the unscreened. For a given {@code k} the longest
   * such window gives the smallest value, so only the windows that begin just after a relevant item
   * (and the whole history) need computing.
   */
  double pValue(ScreeningHistory history, int records, int missed) {
    return pValue(history, records, missed, 0);
  }

  /** The p-value, or any value below {@code enough} as soon as one window gives one. */
  private double pValue(ScreeningHistory history, int records, int missed, double enough) {
    int screened = history.screened();
    int left = records - screened;
    if (missed > left) {
      return 0; // that many cannot be left
    }
    if (screened == 0) {
      return 1;
    }
    int found = history.relevantFound();
    double best = 1;
    for (int k = 0; k <= found; k++) {
      // the window of the last n items holding exactly the last k relevant ones, made longest
      int start = k == found ? 0 : history.relevantPosition(found - k - 1) + 1;
      int n = screened - start;
      if (n == 0) {
        continue;
      }
      int population = left + n;
      double p =
          new HypergeometricDistribution(null, population, k + missed, n).cumulativeProbability(k);
      best = Math.min(best, p);
      if (best < enough) {
        break;
      }
    }
    return best;
  }

  /**
   * The most relevant items that may remain with the rule's confidence: one less than the smallest
   * {@code m} whose hypothesis "at least m remain" is rejected.
   */
  int relevantLeftBound(ScreeningHistory history, int records) {
    int lo = 1;
    int hi = records - history.screened() + 1; // more than can be left: always rejected
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pValue(history, records, mid) < 1 - confidence) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1;
  }
}
