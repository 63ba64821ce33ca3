package org.winnow.core.stats.report;

import java.util.Locale;

/** How numbers appear in tables and figures (full precision goes to CSV and JSON instead). */
public final class Numbers {
  /** Smallest p shown as a number; smaller ones print as "&lt; 0.0001". */
  static final double SMALLEST_P = 1e-4;

  private Numbers() {}

  public static String fixed(double x, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
    // a true minus sign reads better in figures and never looks like a hyphen
    return s.replaceFirst("^-(?=[0-9.]*[1-9])", "−").replaceFirst("^-", "");
  }

  public static String p(double p) {
    if (Double.isNaN(p)) {
      return "n/a";
    }
    return p < SMALLEST_P ? "< 0.0001" : fixed(p, 4);
  }

  public static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
