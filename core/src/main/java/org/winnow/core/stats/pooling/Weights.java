package org.winnow.core.stats.pooling;

/**
 * Inverse-variance weights w = 1/(v + τ²) at one τ², with the sums every estimator needs. The
 * weights are recomputed where used rather than stored in an array: a loop that stores them while
 * summing crashed HotSpot's C2 compiler (JDK 17.0.15, TypeVect::xmeet while vectorising).
 *
 * @param sum Σw
 * @param sum2 Σw²
 * @param sum3 Σw³
 * @param mean the weighted mean Σwy/Σw
 */
record Weights(double[] v, double tau2, double sum, double sum2, double sum3, double mean) {
  static Weights at(double[] y, double[] v, double tau2) {
    double sum = 0;
    double sum2 = 0;
    double sum3 = 0;
    double sumWy = 0;
    for (int i = 0; i < y.length; i++) {
      double w = 1 / (v[i] + tau2);
      sum += w;
      sum2 += w * w;
      sum3 += w * w * w;
      sumWy += w * y[i];
    }
    return new Weights(v, tau2, sum, sum2, sum3, sumWy / sum);
  }

  /** Study i's weight. */
  double weight(int i) {
    return 1 / (v[i] + tau2);
  }

  /** Σw(y − mean)²: Cochran's Q at these weights. */
  double squares(double[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double w = 1 / (v[i] + tau2);
      s += w * (y[i] - mean) * (y[i] - mean);
    }
    return s;
  }

  /** Σw²(y − mean)² = y'PPy, P = W − ww'/Σw. */
  double squaredResiduals(double[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double w = 1 / (v[i] + tau2);
      s += w * w * (y[i] - mean) * (y[i] - mean);
    }
    return s;
  }
}
