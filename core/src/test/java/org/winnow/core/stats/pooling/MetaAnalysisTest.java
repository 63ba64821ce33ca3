package org.winnow.core.stats.pooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.Intervals;

class MetaAnalysisTest {
  private static List<StudyEffect> studies(double[] y, double[] v) {
    List<StudyEffect> s = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      s.add(new StudyEffect("S" + (i + 1), y[i], v[i]));
    }
    return s;
  }

  @Test
  void twoStudiesByHand() {
    // y = 0.2 and 0.6 with v = 0.04 and 0.01: w = 25 and 100, FE = (5 + 60)/125 = 0.52,
    // se = √(1/125); Q = 25·0.32² + 100·0.08² = 2.56 + 0.64 = 3.2 on 1 df
    PooledEffect fe =
        MetaAnalysis.pool(
            studies(new double[] {0.2, 0.6}, new double[] {0.04, 0.01}), PoolingMethod.FE);
    assertEquals(0.52, fe.estimate(), 1e-12);
    assertEquals(Math.sqrt(1 / 125.0), fe.se(), 1e-12);
    assertEquals(3.2, fe.q(), 1e-12);
    // I² = (3.2 − 1)/3.2 = 68.75%
    assertEquals(68.75, fe.i2(), 1e-9);
    assertEquals(20.0, fe.weights().get(0), 1e-9);
    // DL: τ² = (3.2 − 1)/(125 − (625 + 10000)/125) = 2.2/40 = 0.055
    PooledEffect dl =
        MetaAnalysis.pool(
            studies(new double[] {0.2, 0.6}, new double[] {0.04, 0.01}), PoolingMethod.DL);
    assertEquals(0.055, dl.tau2(), 1e-12);
    // RE weights 1/0.095 and 1/0.065
    double w1 = 1 / 0.095;
    double w2 = 1 / 0.065;
    assertEquals((w1 * 0.2 + w2 * 0.6) / (w1 + w2), dl.estimate(), 1e-12);
    assertNull(dl.predictionT(), "no t prediction interval below 3 studies");
  }

  @Test
  void identicalEffectsHaveNoHeterogeneity() {
    double[] y = {0.4, 0.4, 0.4};
    double[] v = {0.02, 0.05, 0.1};
    for (PoolingMethod m : PoolingMethod.values()) {
      PooledEffect p = MetaAnalysis.pool(studies(y, v), m);
      assertEquals(0.4, p.estimate(), 1e-12);
      assertEquals(0, p.q(), 1e-20);
      assertEquals(0, p.tau2(), 0);
      assertEquals(0, p.i2(), 0);
      assertEquals(1, p.qp(), 1e-12);
    }
  }

  @Test
  void oneStudyIsItsOwnEstimate() {
    PooledEffect p =
        MetaAnalysis.pool(studies(new double[] {0.3}, new double[] {0.04}), PoolingMethod.REML);
    assertEquals(0.3, p.estimate(), 0);
    assertEquals(0.2, p.se(), 1e-15);
    assertTrue(Double.isNaN(p.i2()));
    assertTrue(Double.isNaN(p.qp()));
  }

  @Test
  void nothingToPoolIsAnError() {
    assertThrows(
        IllegalArgumentException.class, () -> MetaAnalysis.pool(List.of(), PoolingMethod.FE));
    assertThrows(IllegalArgumentException.class, () -> new StudyEffect("x", 0.1, 0));
  }

  @Test
  void methodsParse() {
    assertEquals(PoolingMethod.FE, PoolingMethod.parse("ee"));
    assertEquals(PoolingMethod.REML, PoolingMethod.parse(" reml "));
    assertThrows(IllegalArgumentException.class, () -> PoolingMethod.parse("PM"));
  }

  @Property(tries = 200)
  void intervalsNestAndWeightsSumToAHundred(
      @ForAll @Size(min = 3, max = 30) List<@DoubleRange(min = -2, max = 2) Double> ys,
      @ForAll @IntRange(min = 1, max = 1000) int seed) {
    java.util.Random random = new java.util.Random(seed);
    List<StudyEffect> s = new ArrayList<>();
    for (int i = 0; i < ys.size(); i++) {
      s.add(new StudyEffect("S" + i, ys.get(i), 0.005 + random.nextDouble() * 0.3));
    }
    for (PoolingMethod m : PoolingMethod.values()) {
      PooledEffect p = MetaAnalysis.pool(s, m);
      assertTrue(p.ci().contains(p.estimate()));
      assertTrue(p.prediction().lower() <= p.ci().lower() + 1e-12);
      assertTrue(p.predictionT().lower() <= p.prediction().lower() + 1e-12, "t is wider than z");
      assertEquals(100, p.weights().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
      assertTrue(p.tau2() >= 0 && p.i2() >= 0 && p.i2() <= 100);
      assertEquals(p.estimate() - Intervals.Z * p.se(), p.ci().lower(), 1e-12);
    }
  }

  @Property(tries = 200)
  void remlSolvesItsScoreEquation(
      @ForAll @Size(min = 3, max = 20) List<@DoubleRange(min = -3, max = 3) Double> ys,
      @ForAll @IntRange(min = 1, max = 1000) int seed) {
    java.util.Random random = new java.util.Random(seed);
    double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    double[] v = new double[y.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = 0.01 + random.nextDouble() * 0.5;
    }
    double tau2 = MetaAnalysis.pool(studies(y, v), PoolingMethod.REML).tau2();
    // the REML score y'PPy − tr(P) is 0 at an interior optimum and ≤ 0 at τ² = 0
    double score = Reml.score(y, v, tau2);
    if (tau2 > 0) {
      assertEquals(0, score, 1e-8 * (1 + Math.abs(Reml.score(y, v, 0))));
    } else {
      assertTrue(score <= 1e-10, "at the boundary the likelihood falls as τ² grows: " + score);
    }
  }
}
