package org.winnow.core.ranking;

import java.util.Collection;

/**
 * About how many relevant items are left in a reviewer's queue, from the logistic model that ranks
 * it: the sum of each queued item's probability of being relevant. The model weighs the classes
 * "balanced" ({@link ClassWeights}), which multiplies the odds it learns by {@code irrelevant /
 * relevant} among its labels; that factor is taken back out of each score before summing (prior
 * correction, as King &amp; Zeng 2001 correct weighted logistic regression). It is an estimate, not
 * a bound: the labels come mostly from the top of the ranking, where relevant items are commoner
 * than in the rest, so early on it errs high. The stopping rule gives the bound.
 *
 * @param expected the expected number of relevant items left
 * @param items the items it is taken over
 */
public record RelevantLeftEstimate(double expected, int items) {

  /**
   * From the model's decision values on the queue and the labels it learnt from.
   *
   * @param scores the logistic model's decision values {@code w·x + b}, one per queued item
   */
  public static RelevantLeftEstimate of(Collection<Double> scores, int relevant, int irrelevant) {
    if (relevant <= 0 || irrelevant <= 0) {
      throw new IllegalArgumentException("a model learns from one relevant and one irrelevant");
    }
    double shift = Math.log((double) relevant / irrelevant);
    double sum = 0;
    for (double s : scores) {
      sum += logistic(s + shift);
    }
    return new RelevantLeftEstimate(sum, scores.size());
  }

  /**
   * A decision value as the 0–1 score shown beside an item: the model's probability with relevant
   * and irrelevant items weighted equally. It orders the queue; it is not the chance that this item
   * will be included.
   */
  public static double rankScore(double decisionValue) {
    return logistic(decisionValue);
  }

  /** The estimate rounded to a whole number of items. */
  public long rounded() {
    return Math.round(expected);
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
