package org.winnow.core.stats.effect;

/**
 * The logit method: a log odds ratio times √3/π is a standardised mean difference when the
 * outcome's underlying distribution is logistic (Hasselblad &amp; Hedges 1995; Chinn 2000), and its
 * variance scales by 3/π².
 */
final class Logit {
  static final double FACTOR = Math.sqrt(3) / Math.PI;

  private Logit() {}

  static Estimate toD(Estimate logOddsRatio) {
    return new Estimate(logOddsRatio.value() * FACTOR, logOddsRatio.variance() * FACTOR * FACTOR);
  }
}
