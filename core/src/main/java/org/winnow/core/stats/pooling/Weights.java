package org.winnow.core.stats.pooling;

/**
 * Inverse-variance weights w = 1/(v + τ²) at one τ², with the sums every estimator needs.
 *
 * @param w the weights, in study order
 * @param sum Σw
 * @param sum2 Σw²
 * @param sum3 Σw³
 * @param mean the weighted mean Σwy/Σw
 */
record Weights(double[] w, double sum, double sum2, double sum3, double mean) {
  static Weights at(double[] y, double[] v, double tau2) {
    double[] w = new double[y.length];
    double sum = 0;
    double sum2 = 0;
    double sum3 = 0;
    double sumWy = 0;
    for (int i = 0; i < y.length; i++) {
      w[i] = 1 / (v[i] + tau2);
      sum += w[i];
      sum2 += w[i] * w[i];
      sum3 += w[i] * w[i] * w[i];
      sumWy += w[i] * y[i];
    }
    return new Weights(w, sum, sum2, sum3, sumWy / sum);
  }

  /** Σ w^power (y − mean)²: power 1 is Q at these weights, power 2 is y'PPy. */
  double squares(double[] y, int power) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double f = 1;
      for (int k = 0; k < power; k++) {
        f *= w[i];
      }
      s += f * (y[i] - mean) * (y[i] - mean);
    }
    return s;
  }
}
