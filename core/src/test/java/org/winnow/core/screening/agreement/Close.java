package org.winnow.core.screening.agreement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Floating-point comparison for the agreement tests: NaN matches NaN (an undefined statistic). */
final class Close {

  /** The tolerance asked of the Java code against the independent Python reference. */
  static final double RELATIVE = 1e-9;

  private Close() {}

  static void assertRelative(double expected, double actual, String what) {
    assertWithin(expected, actual, Math.max(RELATIVE * Math.abs(expected), 1e-15), what);
  }

  /** For published figures, which are printed rounded to {@code decimals} places. */
  static void assertRounded(double published, double actual, int decimals, String what) {
    assertWithin(published, actual, 0.5 * Math.pow(10, -decimals) + 1e-12, what);
  }

  private static void assertWithin(double expected, double actual, double tolerance, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
      return;
    }
    assertTrue(
        Math.abs(actual - expected) <= tolerance,
        "%s: expected %s, got %s (difference %s)"
            .formatted(what, expected, actual, Math.abs(actual - expected)));
  }
}
