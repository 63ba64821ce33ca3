package org.winnow.core.stats.pooling;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The REML estimate of τ² for an intercept-only random-effects model. First Fisher scoring as
 * metafor (Viechtbauer 2005): τ² ← τ² + (y'PPy − tr P)/tr(PP), with P = W − w w'/Σw and W =
 * diag(1/(v + τ²)), from the DerSimonian–Laird value, kept at or above 0, to metafor's threshold
 * (change below 1e-5). Scoring uses the expected information and can overshoot and cycle, so a step
 * that lowers the restricted likelihood is halved; the root of the score it found is then polished
 * with Brent's method inside a bracket around it: results are the REML optimum to rounding, and the
 * same local optimum metafor reaches.
 */
final class Reml {
  /** metafor's {@code control$threshold}: scoring stops when τ² changes less than this. */
  static final double SCORING_THRESHOLD = 1e-5;

  static final int MAX_ITERATIONS = 1000;

  /** Likelihood changes this small (relative) are rounding, not a worse step. */
  static final double NOISE = 1e-12;

  private static final BrentSolver BRENT = new BrentSolver(1e-15, 1e-300);

  private Reml() {}

  record Result(double tau2, int iterations) {}

  static Result estimate(double[] y, double[] v, double start) {
    double tau2 = start;
    int iterations = 0;
    while (true) {
      if (++iterations > MAX_ITERATIONS) {
        throw new IllegalStateException(
            "REML estimation of tau² did not converge in " + MAX_ITERATIONS + " iterations");
      }
      double next = Math.max(0, tau2 + score(y, v, tau2) / information(y, v, tau2));
      // step halving while the likelihood falls: plain scoring can overshoot and cycle
      double here = logLikelihood(y, v, tau2);
      while (Math.abs(next - tau2) >= SCORING_THRESHOLD
          && logLikelihood(y, v, next) < here - NOISE * (1 + Math.abs(here))) {
        next = tau2 + (next - tau2) / 2;
      }
      boolean done = Math.abs(next - tau2) < SCORING_THRESHOLD;
      tau2 = next;
      if (done) {
        break;
      }
    }
    return new Result(polish(y, v, tau2), iterations);
  }

  /** The root of the score next to a scoring result, or 0 when the likelihood falls from 0. */
  private static double polish(double[] y, double[] v, double near) {
    double s = score(y, v, near);
    if (s == 0) {
      return near;
    }
    double offset = Math.max(SCORING_THRESHOLD, near * 1e-3);
    double lo = near;
    double hi = near;
    if (s > 0) {
      do {
        lo = hi;
        hi = near + offset;
        offset *= 2;
      } while (score(y, v, hi) > 0);
    } else {
      do {
        hi = lo;
        lo = Math.max(0, near - offset);
        offset *= 2;
      } while (lo > 0 && score(y, v, lo) < 0);
      if (score(y, v, lo) <= 0) {
        return 0; // the likelihood falls from τ² = 0: the estimate is on the boundary
      }
    }
    return BRENT.solve(MAX_ITERATIONS, t -> score(y, v, t), lo, hi);
  }

  /** Twice the derivative of the restricted log-likelihood: y'PPy − tr P. */
  static double score(double[] y, double[] v, double tau2) {
    Weights w = Weights.at(y, v, tau2);
    // (Py)_i = w_i (y_i − weighted mean); tr P = Σw − Σw²/Σw
    return w.squaredResiduals(y) - (w.sum() - w.sum2() / w.sum());
  }

  /** The restricted log-likelihood without its constant: −½(Σ log(v + τ²) + log Σw + Σw e²). */
  private static double logLikelihood(double[] y, double[] v, double tau2) {
    Weights w = Weights.at(y, v, tau2);
    double logDet = 0;
    for (double vi : v) {
      logDet += Math.log(vi + tau2);
    }
    return -0.5 * (logDet + Math.log(w.sum()) + w.squares(y));
  }

  /** The expected information tr(PP) = Σw² − 2Σw³/Σw + (Σw²/Σw)². */
  private static double information(double[] y, double[] v, double tau2) {
    Weights w = Weights.at(y, v, tau2);
    return w.sum2() - 2 * w.sum3() / w.sum() + (w.sum2() / w.sum()) * (w.sum2() / w.sum());
  }
}
