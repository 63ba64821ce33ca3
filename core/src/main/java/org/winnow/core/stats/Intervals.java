package org.winnow.core.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The one confidence level of every interval Winnow reports: 95%, two-sided, normal theory. */
public final class Intervals {
  /** Coverage of every confidence and prediction interval. */
  public static final double LEVEL = 0.95;

  /** The standard normal quantile for {@link #LEVEL} (1.959964…), as R's {@code qnorm(.975)}. */
  public static final double Z =
      new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);

  private Intervals() {}
}
