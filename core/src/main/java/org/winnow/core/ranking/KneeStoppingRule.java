package org.winnow.core.ranking;

/**
 * The knee method of Cormack and Grossman (2016), "Engineering quality and reliability in
 * technology-assisted review", SIGIR '16: a heuristic with no statistical guarantee. After {@code
 * s} items with {@code rel(s)} relevant, the knee is the point {@code i} of the gain curve farthest
 * above the straight line from the origin to {@code (s, rel(s))}; the slope ratio is {@code ρ =
 * (rel(i) / i) / ((rel(s) − rel(i) + 1) / (s − i))}. Stop when {@code ρ ≥ 156 − min(rel(s), 150)}
 * and at least {@value #MIN_SCREENED} items were screened (their adjusted rule).
 */
public final class KneeStoppingRule implements StoppingRule {
  public static final String ID = "knee";

  /** The fewest items screened before the rule may stop. */
  public static final int MIN_SCREENED = 150;

  /** The slope ratio demanded is {@code RATIO_BASE − min(relevant found, RATIO_CAP)}. */
  static final int RATIO_BASE = 156;

  static final int RATIO_CAP = 150;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean stops(ScreeningHistory history, int records) {
    int s = history.screened();
    int found = history.relevantFound();
    if (s >= records) {
      return true;
    }
    if (s < MIN_SCREENED || found == 0) {
      return false;
    }
    return slopeRatio(history) >= RATIO_BASE - Math.min(found, RATIO_CAP);
  }

  /** No statistical evidence: the knee method is a heuristic. */
  @Override
  public StopCheck check(ScreeningHistory history, int records) {
    return null;
  }

  /**
   * The slope ratio at the knee. The gain curve is farthest above the line just after a relevant
   * item (the curve steps up there and falls back relative to the line until the next one), so only
   * those points are candidates.
   */
  static double slopeRatio(ScreeningHistory history) {
    long s = history.screened();
    long found = history.relevantFound();
    int kneeAt = 0;
    int kneeRelevant = 0;
    long best = 0; // rel(i)·s − i·rel(s): the distance above the line, times a constant
    for (int j = 0; j < found; j++) {
      int i = history.relevantPosition(j) + 1;
      long above = (j + 1) * s - i * found;
      if (above > best) {
        best = above;
        kneeAt = i;
        kneeRelevant = j + 1;
      }
    }
    if (kneeAt == 0 || kneeAt == s) {
      return 0; // no knee: the curve never rises above the line
    }
    double before = kneeRelevant / (double) kneeAt;
    double after = (found - kneeRelevant + 1) / (double) (s - kneeAt);
    return before / after;
  }
}
