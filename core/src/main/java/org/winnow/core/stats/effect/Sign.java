package org.winnow.core.stats.effect;

/**
 * The sign of group 1 minus group 2 (intervention minus comparator), needed where a statistic
 * carries none: an F or a two-sided p.
 */
public enum Sign {
  POSITIVE(1),
  NEGATIVE(-1);

  private final int factor;

  Sign(int factor) {
    this.factor = factor;
  }

  public int factor() {
    return factor;
  }
}
