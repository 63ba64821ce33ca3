package org.winnow.core.stats.effect;

import java.util.List;

/**
 * The three ways a Cohen's d becomes Hedges' g with a variance, shared by every conversion.
 *
 * <ul>
 *   <li>two groups with known sizes: metafor's SMD, variance "LS" 1/n1 + 1/n2 + g²/(2(n1 + n2));
 *   <li>one group: metafor's SMCC, variance 1/n + g²/(2n);
 *   <li>a d with its own variance (from an odds ratio or a correlation): g = J·d, var(g) =
 *       J²·var(d) (Borenstein et al. 2009, eq. 4.24).
 * </ul>
 */
final class Smd {
  private Smd() {}

  static EffectSize twoGroups(Conversion how, double d, int n1, int n2, List<String> notes) {
    int m = n1 + n2 - 2;
    if (m <= 1) {
      return EffectSize.notComputable(
          "n1i + n2i must be at least 4 for Hedges' correction (got " + (n1 + n2) + ")");
    }
    double j = HedgesCorrection.j(m);
    double g = j * d;
    double sizes = 1.0 / n1 + 1.0 / n2;
    Estimate dEst = new Estimate(d, sizes + d * d / (2.0 * (n1 + n2)));
    Estimate gEst = new Estimate(g, sizes + g * g / (2.0 * (n1 + n2)));
    return new EffectSize(how, Measure.HEDGES_G, gEst, dEst, gEst, j, n1 + n2, notes);
  }

  static EffectSize oneGroup(Conversion how, double d, int n, List<String> notes) {
    int m = n - 1;
    if (m <= 1) {
      return EffectSize.notComputable(
          "ni must be at least 3 for Hedges' correction (got " + n + ")");
    }
    double j = HedgesCorrection.j(m);
    double g = j * d;
    Estimate dEst = new Estimate(d, 1.0 / n + d * d / (2.0 * n));
    Estimate gEst = new Estimate(g, 1.0 / n + g * g / (2.0 * n));
    return new EffectSize(how, Measure.HEDGES_G, gEst, dEst, gEst, j, n, notes);
  }

  /** A d with its own variance; m degrees of freedom for J, or null when the sizes are unknown. */
  static EffectSize scaled(Conversion how, Estimate d, Integer m, Integer n, List<String> notes) {
    if (m == null || m <= 1) {
      List<String> why =
          m == null
              ? List.of("group sizes unknown: Cohen's d without Hedges' correction")
              : List.of("too few participants for Hedges' correction: Cohen's d");
      return new EffectSize(how, Measure.COHENS_D, d, d, null, null, n, concat(notes, why));
    }
    double j = HedgesCorrection.j(m);
    Estimate g = new Estimate(j * d.value(), j * j * d.variance());
    return new EffectSize(how, Measure.HEDGES_G, g, d, g, j, n, notes);
  }

  static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
