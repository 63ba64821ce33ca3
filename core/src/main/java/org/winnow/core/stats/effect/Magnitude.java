package org.winnow.core.stats.effect;

/**
 * Cohen's (1988) conventional labels for the size of a standardised mean difference, applied to its
 * absolute value: negligible &lt; 0.2 ≤ small &lt; 0.5 ≤ medium &lt; 0.8 ≤ large.
 */
public enum Magnitude {
  NEGLIGIBLE,
  SMALL,
  MEDIUM,
  LARGE;

  public static final double SMALL_FROM = 0.2;
  public static final double MEDIUM_FROM = 0.5;
  public static final double LARGE_FROM = 0.8;

  public static Magnitude of(double standardisedDifference) {
    double a = Math.abs(standardisedDifference);
    if (a >= LARGE_FROM) {
      return LARGE;
    }
    if (a >= MEDIUM_FROM) {
      return MEDIUM;
    }
    return a >= SMALL_FROM ? SMALL : NEGLIGIBLE;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
