package org.winnow.core.ranking;

/**
 * One item's features: the indices of the terms it contains (ascending) and their weights. The
 * arrays are shared, not copied, for speed: nobody writes to them after {@link TextFeatures} built
 * them.
 */
public record SparseVector(int[] terms, double[] weights) {
  /** The dot product with a dense weight vector indexed by term. */
  public double dot(double[] dense) {
    double s = 0;
    for (int i = 0; i < terms.length; i++) {
      s += weights[i] * dense[terms[i]];
    }
    return s;
  }
}
