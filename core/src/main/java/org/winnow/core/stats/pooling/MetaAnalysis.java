package org.winnow.core.stats.pooling;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.winnow.core.stats.Intervals;

/**
 * Inverse-variance pooling as metafor's {@code rma} (intercept-only model, Wald-type z test and
 * interval): fixed effect, and random effects with τ² by DerSimonian–Laird or REML.
 */
public final class MetaAnalysis {
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private MetaAnalysis() {}

  public static PooledEffect pool(List<StudyEffect> studies, PoolingMethod method) {
    int k = studies.size();
    if (k == 0) {
      throw new IllegalArgumentException("nothing to pool: no study has an effect and a variance");
    }
    double[] y = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      y[i] = studies.get(i).yi();
      v[i] = studies.get(i).vi();
    }
    Weights fixed = Weights.at(y, v, 0);
    double q = fixed.squares(y);
    int df = k - 1;
    double qp =
        df > 0 ? 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(q) : Double.NaN;
    double tau2 = 0;
    int iterations = 0;
    if (method.randomEffects() && k > 1) {
      // DerSimonian & Laird (1986) moment estimator; also REML's starting value
      tau2 = Math.max(0, (q - df) / (fixed.sum() - fixed.sum2() / fixed.sum()));
      if (method == PoolingMethod.REML) {
        Reml.Result reml = Reml.estimate(y, v, tau2);
        tau2 = reml.tau2();
        iterations = reml.iterations();
      }
    }
    Weights random = Weights.at(y, v, tau2);
    double estimate = random.mean();
    double se = Math.sqrt(1 / random.sum());
    double z = estimate / se;
    double p = 2 * NORMAL.cumulativeProbability(-Math.abs(z));
    // the "typical" within-study variance of Higgins & Thompson (2002), as metafor's I² and H²
    double s2 = df * fixed.sum() / (fixed.sum() * fixed.sum() - fixed.sum2());
    double i2;
    double h2;
    if (method.randomEffects()) {
      i2 = k > 1 ? 100 * tau2 / (tau2 + s2) : Double.NaN;
      h2 = k > 1 ? (tau2 + s2) / s2 : Double.NaN;
    } else {
      i2 = df > 0 ? Math.max(0, 100 * (q - df) / q) : Double.NaN;
      h2 = df > 0 ? q / df : Double.NaN;
    }
    double predictionSe = Math.sqrt(se * se + tau2);
    Interval prediction =
        new Interval(estimate - Intervals.Z * predictionSe, estimate + Intervals.Z * predictionSe);
    Interval predictionT = null;
    if (k >= 3) {
      double t =
          new TDistribution(null, k - 2)
              .inverseCumulativeProbability(1 - (1 - Intervals.LEVEL) / 2);
      predictionT = new Interval(estimate - t * predictionSe, estimate + t * predictionSe);
    }
    List<Double> weights = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      weights.add(100 * random.weight(i) / random.sum());
    }
    return new PooledEffect(
        method,
        k,
        estimate,
        se,
        new Interval(estimate - Intervals.Z * se, estimate + Intervals.Z * se),
        z,
        p,
        tau2,
        q,
        df,
        qp,
        i2,
        h2,
        prediction,
        predictionT,
        studies,
        weights,
        iterations);
  }
}
