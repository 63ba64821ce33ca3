package org.winnow.core.stats.direction;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.winnow.core.stats.Intervals;

/**
 * The two-sided sign test of one domain: are ▲ and ▼ equally likely across studies? Studies with ◄►
 * are left out (Cochrane Handbook v6, §12.4.2.3). With the proportion of studies showing benefit
 * and its Wilson score interval.
 *
 * @param p exact two-sided binomial p = min(1, 2·P(X ≤ min(benefit, harm))), X ~ Bin(benefit +
 *     harm, 1/2); NaN when no study has a clear direction
 * @param proportion benefit / (benefit + harm); NaN when that is 0/0
 */
public record SignTest(
    String domain,
    int benefit,
    int harm,
    int noClear,
    double p,
    double proportion,
    double wilsonLower,
    double wilsonUpper) {

  public static SignTest of(String domain, int benefit, int harm, int noClear) {
    int n = benefit + harm;
    if (n == 0) {
      return new SignTest(domain, 0, 0, noClear, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    // summed point probabilities keep tiny tails exact (the CDF is 1 − a regularised beta)
    BinomialDistribution binomial = new BinomialDistribution(null, n, 0.5);
    double tail = 0;
    for (int i = 0; i <= Math.min(benefit, harm); i++) {
      tail += binomial.probability(i);
    }
    double p = Math.min(1.0, 2 * tail);
    double share = (double) benefit / n;
    double z = Intervals.Z;
    double centre = (share + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(share * (1 - share) / n + z * z / (4.0 * n * n));
    // the bounds hold the share and lie within [0, 1]; clamp what rounding pushes past them
    return new SignTest(
        domain,
        benefit,
        harm,
        noClear,
        p,
        share,
        Math.max(0, Math.min(share, centre - half)),
        Math.min(1, Math.max(share, centre + half)));
  }

  /** Number of studies with a clear direction (the test's n). */
  public int studies() {
    return benefit + harm;
  }
}
