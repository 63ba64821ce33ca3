package org.winnow.core.stats.pooling;

/**
 * The REML estimate of τ² for an intercept-only random-effects model, by Fisher scoring as metafor
 * (Viechtbauer 2005): τ² ← τ² + (y'PPy − tr P) / tr(PP), P = W − w w'/Σw, W = diag(1/(v + τ²)),
 * kept at or above 0. Started at the DerSimonian–Laird value and iterated to a much tighter
 * tolerance than metafor's 1e-5, so results are the REML optimum itself.
 */
final class Reml {
  /** Convergence: change in τ² below this, relative to max(1, τ²). */
  static final double TOLERANCE = 1e-12;

  static final int MAX_ITERATIONS = 1000;

  private Reml() {}

  record Result(double tau2, int iterations) {}

  /** Fisher scoring from a starting value (the DerSimonian–Laird τ²). */
  static Result estimate(double[] y, double[] v, double start) {
    int k = y.length;
    double tau2 = start;
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      double[] w = new double[k];
      double sw = 0;
      double swy = 0;
      for (int i = 0; i < k; i++) {
        w[i] = 1 / (v[i] + tau2);
        sw += w[i];
        swy += w[i] * y[i];
      }
      double mean = swy / sw;
      // Py has elements w_i (y_i − weighted mean); P = W − w w'/Σw
      double pyPy = 0;
      double traceP = 0;
      double sw2 = 0;
      double sw3 = 0;
      for (int i = 0; i < k; i++) {
        double pyi = w[i] * (y[i] - mean);
        pyPy += pyi * pyi;
        traceP += w[i] - w[i] * w[i] / sw;
        sw2 += w[i] * w[i];
        sw3 += w[i] * w[i] * w[i];
      }
      // tr(PP) = Σw² − 2Σw³/Σw + (Σw²/Σw)²
      double tracePp = sw2 - 2 * sw3 / sw + (sw2 / sw) * (sw2 / sw);
      double step = (pyPy - traceP) / tracePp;
      double next = Math.max(0, tau2 + step);
      if (Math.abs(next - tau2) <= TOLERANCE * Math.max(1, tau2)) {
        return new Result(next, iteration);
      }
      tau2 = next;
    }
    throw new IllegalStateException(
        "REML estimation of tau² did not converge in " + MAX_ITERATIONS + " iterations");
  }
}
