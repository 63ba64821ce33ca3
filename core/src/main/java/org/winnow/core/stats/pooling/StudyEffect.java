package org.winnow.core.stats.pooling;

/** One study's effect to pool: a label, the effect yi and its sampling variance vi. */
public record StudyEffect(String label, double yi, double vi) {
  public StudyEffect {
    if (!Double.isFinite(yi)) {
      throw new IllegalArgumentException(label + ": yi must be finite");
    }
    if (!(vi > 0) || !Double.isFinite(vi)) {
      throw new IllegalArgumentException(label + ": vi must be positive and finite");
    }
  }
}
