package org.winnow.core.stats.effect;

import org.winnow.core.stats.Intervals;

/**
 * A value with its sampling variance; the standard error and the 95% confidence interval follow
 * from them (normal theory, as metafor's {@code summary.escalc}).
 */
public record Estimate(double value, double variance) {
  public Estimate {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("estimate must be finite: " + value);
    }
    if (!(variance > 0) || !Double.isFinite(variance)) {
      throw new IllegalArgumentException("variance must be positive and finite: " + variance);
    }
  }

  public double se() {
    return Math.sqrt(variance);
  }

  public double lower() {
    return value - Intervals.Z * se();
  }

  public double upper() {
    return value + Intervals.Z * se();
  }

  /** Whether the 95% confidence interval includes zero (no clear difference). */
  public boolean ciIncludesZero() {
    return lower() <= 0 && upper() >= 0;
  }
}
