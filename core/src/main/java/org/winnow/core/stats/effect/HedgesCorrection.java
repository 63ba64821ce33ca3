package org.winnow.core.stats.effect;

import org.apache.commons.math3.special.Gamma;

/**
 * Hedges' small-sample correction J, exact (gamma function) as metafor's {@code .cmicalc}: J(m) =
 * Γ(m/2) / (√(m/2)·Γ((m−1)/2)), computed on the log scale so large m does not overflow. The
 * approximation 1 − 3/(4m − 1) differs in the 6th–7th decimal, which is why it is not used.
 */
public final class HedgesCorrection {
  private HedgesCorrection() {}

  /**
   * J for m degrees of freedom (m = n1 + n2 − 2 for two groups, n − 1 for one group).
   *
   * @throws IllegalArgumentException when m ≤ 1, where J is undefined (metafor gives NA)
   */
  public static double j(double m) {
    if (!(m > 1)) {
      throw new IllegalArgumentException(
          "Hedges' correction needs more than 1 degree of freedom, got " + m);
    }
    return Math.exp(
        Gamma.logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - Gamma.logGamma((m - 1) / 2));
  }
}
