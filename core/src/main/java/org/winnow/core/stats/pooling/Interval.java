package org.winnow.core.stats.pooling;

/** A two-sided 95% interval. */
public record Interval(double lower, double upper) {
  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }
}
