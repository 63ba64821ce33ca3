package org.winnow.core.stats.pooling;

import java.util.List;

/**
 * The result of a meta-analysis, with the numbers metafor's {@code print.rma} and {@code predict}
 * show. Heterogeneity statistics that need two or more studies are NaN for one.
 *
 * @param k number of studies
 * @param estimate pooled effect; {@code se} its standard error
 * @param ci 95% confidence interval, estimate ± z·se
 * @param z Wald z = estimate/se; {@code p} its two-sided p
 * @param tau2 between-study variance τ² (0 for a fixed effect)
 * @param q Cochran's Q with {@code k − 1} df and its chi-square p {@code qp}
 * @param i2 I² in percent: (Q − df)/Q for a fixed effect, τ²/(τ² + s²) for random effects, s² the
 *     "typical" within-study variance (Higgins &amp; Thompson 2002), as metafor
 * @param h2 H², Q/df for a fixed effect, (τ² + s²)/s² for random effects
 * @param prediction 95% prediction interval, estimate ± z·√(se² + τ²) (metafor's default)
 * @param predictionT the same with t(k − 2) instead of z (Higgins, Thompson &amp; Spiegelhalter
 *     2009; Cochrane Handbook); null for k &lt; 3
 * @param weights each study's weight in percent, in input order
 * @param iterations Fisher-scoring iterations (REML), else 0
 */
public record PooledEffect(
    PoolingMethod method,
    int k,
    double estimate,
    double se,
    Interval ci,
    double z,
    double p,
    double tau2,
    double q,
    int df,
    double qp,
    double i2,
    double h2,
    Interval prediction,
    Interval predictionT,
    List<StudyEffect> studies,
    List<Double> weights,
    int iterations) {

  public PooledEffect {
    studies = List.copyOf(studies);
    weights = List.copyOf(weights);
  }

  public double tau() {
    return Math.sqrt(tau2);
  }
}
