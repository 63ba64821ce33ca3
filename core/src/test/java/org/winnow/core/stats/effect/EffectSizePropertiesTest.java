package org.winnow.core.stats.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties every standardised mean difference must have, over random studies. */
class EffectSizePropertiesTest {

  @Property
  void dAndGAreAntisymmetricInGroupOrder(
      @ForAll @IntRange(min = 2, max = 5000) int n1,
      @ForAll @IntRange(min = 2, max = 5000) int n2,
      @ForAll @DoubleRange(min = -100, max = 100) double m1,
      @ForAll @DoubleRange(min = -100, max = 100) double m2,
      @ForAll @DoubleRange(min = 0.01, max = 50) double sd1,
      @ForAll @DoubleRange(min = 0.01, max = 50) double sd2) {
    EffectSize ab = new Reported.GroupMeans(n1, m1, sd1, n2, m2, sd2).effectSize();
    EffectSize ba = new Reported.GroupMeans(n2, m2, sd2, n1, m1, sd1).effectSize();
    assertEquals(-ab.d().value(), ba.d().value(), 1e-12 * (1 + Math.abs(ab.d().value())));
    assertEquals(-ab.g().value(), ba.g().value(), 1e-12 * (1 + Math.abs(ab.g().value())));
    assertEquals(ab.g().variance(), ba.g().variance(), 1e-12 * ab.g().variance());
  }

  @Property
  void gIsShrunkTowardZeroAndApproachesDAsSamplesGrow(
      @ForAll @DoubleRange(min = -3, max = 3) double d,
      @ForAll @IntRange(min = 2, max = 200) int n) {
    EffectSize small = new Reported.ReportedD(d, n, n).effectSize();
    EffectSize large = new Reported.ReportedD(d, 1000 * n, 1000 * n).effectSize();
    assertTrue(Math.abs(small.g().value()) <= Math.abs(d));
    assertTrue(Math.abs(large.g().value() - d) <= Math.abs(small.g().value() - d));
    // 1 − J ≈ 3/(4m − 1): with m ≥ 3998 the gap is below 1e-3·|d|
    assertEquals(d, large.g().value(), 1e-3 * Math.abs(d) + 1e-15);
  }

  @Property
  void hedgesCorrectionRisesTowardOne(@ForAll @IntRange(min = 2, max = 5000) int m) {
    // (beyond some 10⁵ df consecutive J differ by less than the log-gamma's rounding: J ≈ 1 there)
    double j = HedgesCorrection.j(m);
    assertTrue(j > 0 && j < 1);
    assertTrue(HedgesCorrection.j(m + 1) > j);
    // the approximation 1 − 3/(4m − 1) is off by about 0.03/m² (3e-7 at m = 309, Normand study 1)
    assertEquals(1 - 3.0 / (4 * m - 1), j, 0.05 / ((double) m * m));
  }

  @Property
  void theConfidenceIntervalContainsTheEstimate(
      @ForAll @DoubleRange(min = -0.99, max = 0.99) double r,
      @ForAll @IntRange(min = 4, max = 10_000) int n,
      @ForAll @DoubleRange(min = -20, max = 20) double t) {
    for (EffectSize e :
        new EffectSize[] {
          new Reported.Correlation(r, n).effectSize(),
          new Reported.TTest(t, n, n).effectSize(),
          new Reported.PairedT(t, n).effectSize()
        }) {
      Estimate y = e.yi();
      assertTrue(y.lower() < y.value() && y.value() < y.upper(), e.conversion().id());
    }
  }

  @Property
  void everyConversionRecordsItsMethod(@ForAll @DoubleRange(min = -5, max = 5) double t) {
    EffectSize e = new Reported.TTest(t, 10, 12).effectSize();
    assertEquals(Conversion.T_TEST, e.conversion());
    assertEquals(Measure.HEDGES_G, e.measure());
  }
}
