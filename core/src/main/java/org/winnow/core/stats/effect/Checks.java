package org.winnow.core.stats.effect;

/** Input checks shared by the {@link Reported} shapes; messages name metafor's argument. */
final class Checks {
  private Checks() {}

  static void size(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be a positive whole number, got " + n);
    }
  }

  static void sizes(int n1, int n2) {
    size("n1i", n1);
    size("n2i", n2);
  }

  static void sd(String name, double sd) {
    if (!(sd >= 0) || !Double.isFinite(sd)) {
      throw new IllegalArgumentException(name + " must not be negative, got " + sd);
    }
  }

  static void count(String name, double count) {
    if (!(count >= 0) || !Double.isFinite(count)) {
      throw new IllegalArgumentException(name + " must be a count ≥ 0, got " + count);
    }
  }

  static void finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, got " + value);
    }
  }

  static void present(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
