package org.winnow.core.stats.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.winnow.core.stats.Intervals;

/**
 * One worked example per conversion, computed by hand from the formula (the arithmetic is in the
 * comments; J values were checked with an independent gamma-function implementation, scipy's
 * gammaln). The examples are built so that several conversions must give the same d: a t, its F =
 * t² and the means behind them agree, as do the three one-group shapes.
 */
class ConversionWorkedExamplesTest {
  private static final double EPS = 1e-12;

  /** J(38) = Γ(19)/(√19·Γ(18.5)) = 0.98011040213…; the approximation 1 − 3/151 = 0.98013. */
  private static final double J38 = 0.9801104021309504;

  @Test
  void groupMeans() {
    // sp = √((19·16 + 19·16)/38) = 4; d = (12 − 10)/4 = 0.5
    EffectSize e = new Reported.GroupMeans(20, 12, 4, 20, 10, 4).effectSize();
    assertEquals(Conversion.MEANS, e.conversion());
    assertEquals(0.5, e.d().value(), EPS);
    // var(d) = 1/20 + 1/20 + 0.25/(2·40) = 0.103125
    assertEquals(0.103125, e.d().variance(), EPS);
    // g = J(38)·0.5 = 0.49005520; var(g) = 0.1 + g²/80 = 0.10300193
    assertEquals(J38, e.j(), EPS);
    assertEquals(0.4900552010654752, e.g().value(), EPS);
    assertEquals(0.10300192625114155, e.g().variance(), EPS);
    assertEquals(Measure.HEDGES_G, e.measure());
    assertEquals(Magnitude.SMALL, e.magnitude());
    assertEquals(40, e.n());
  }

  @Test
  void changeScores() {
    // pooled SD of change = 5; d = (−6 − (−2))/5 = −0.8; g = J(48)·−0.8 = −0.78742354
    EffectSize e = new Reported.ChangeScores(25, -6, 5, 25, -2, 5).effectSize();
    assertEquals(Conversion.CHANGE_SCORES, e.conversion());
    assertEquals(-0.8, e.d().value(), EPS);
    assertEquals(-0.7874235410367388, e.g().value(), EPS);
    // var(g) = 2/25 + g²/100 = 0.08620036
    assertEquals(0.08620035832978837, e.g().variance(), EPS);
    assertEquals(Magnitude.MEDIUM, e.magnitude(), "|g| = 0.79 < 0.8 is medium");
  }

  @Test
  void independentGroupsT() {
    // d = 2.5·√(1/15 + 1/14) = 2.5·0.37161168 = 0.92902919; g = J(27)·d = 0.90294079
    EffectSize e = new Reported.TTest(2.5, 15, 14).effectSize();
    assertEquals(Conversion.T_TEST, e.conversion());
    assertEquals(0.9290291911965082, e.d().value(), EPS);
    assertEquals(0.902940787657242, e.g().value(), EPS);
  }

  @Test
  void fWithOneNumeratorDfIsTheSquaredT() {
    // F = 2.5² = 6.25 with the sign of the t gives the t example's d; a negative sign flips it
    EffectSize plus = new Reported.FTest(6.25, Sign.POSITIVE, 15, 14).effectSize();
    EffectSize minus = new Reported.FTest(6.25, Sign.NEGATIVE, 15, 14).effectSize();
    assertEquals(Conversion.F_TEST, plus.conversion());
    assertEquals(0.9290291911965082, plus.d().value(), EPS);
    assertEquals(-0.9290291911965082, minus.d().value(), EPS);
    assertThrows(IllegalArgumentException.class, () -> new Reported.FTest(-1, Sign.POSITIVE, 5, 5));
  }

  @Test
  void twoSidedP() {
    // p = 0.05 with 20 + 20: t = qt(0.975, 38) = 2.02439416; d = t·√0.1 = 0.64016964
    EffectSize e = new Reported.PValue(0.05, Sign.POSITIVE, 20, 20).effectSize();
    assertEquals(Conversion.P_VALUE, e.conversion());
    assertEquals(0.6401696439914065, e.d().value(), 1e-9);
    // p = 1 means t = 0: no difference
    assertEquals(0, new Reported.PValue(1, Sign.NEGATIVE, 20, 20).effectSize().d().value(), 1e-12);
    // a p of 0 (a "p < 0.001" typed as 0) cannot be converted and says so
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class, () -> new Reported.PValue(0, Sign.POSITIVE, 9, 9));
    assertTrue(zero.getMessage().contains("exact p"), zero.getMessage());
  }

  @Test
  void pAndTRoundTrip() {
    // the p of t = 2.5 on 27 df converts back to the t example
    double p =
        2
            * (1
                - new org.apache.commons.math3.distribution.TDistribution(27)
                    .cumulativeProbability(2.5));
    EffectSize e = new Reported.PValue(p, Sign.POSITIVE, 15, 14).effectSize();
    assertEquals(0.9290291911965082, e.d().value(), 1e-9);
  }

  @Test
  void reportedD() {
    // a reported d = 0.5 with 20 + 20 becomes the means example's g and variance
    EffectSize e = new Reported.ReportedD(0.5, 20, 20).effectSize();
    assertEquals(Conversion.REPORTED_D, e.conversion());
    assertEquals(0.4900552010654752, e.g().value(), EPS);
    assertEquals(0.10300192625114155, e.g().variance(), EPS);
  }

  @Test
  void twoByTwoByTheLogitMethod() {
    // OR = 10·30/(40·20) = 0.375; ln OR = −0.98082925; var = 1/10 + 1/40 + 1/20 + 1/30 = 0.2083333
    // d = ln OR·√3/π = −0.54075951; var(d) = 0.2083333·3/π² = 0.06332574
    EffectSize e = new Reported.TwoByTwo(10, 40, 20, 30).effectSize();
    assertEquals(Conversion.TWO_BY_TWO, e.conversion());
    assertEquals(-0.5407595086603364, e.d().value(), EPS);
    assertEquals(0.06332573977646111, e.d().variance(), EPS);
    // n = 50 + 50: g = J(98)·d = −0.53660869, var(g) = J²·var(d) = 0.06235731
    assertEquals(-0.5366086859453586, e.g().value(), EPS);
    assertEquals(0.06235730522076192, e.g().variance(), EPS);
    assertTrue(e.notes().isEmpty());
  }

  @Test
  void twoByTwoWithAZeroCellAddsAHalfToEveryCell() {
    // 0/20 vs 5/15 → 0.5, 20.5, 5.5, 15.5: ln OR = ln(0.5·15.5/(20.5·5.5)) = −2.67748014
    EffectSize e = new Reported.TwoByTwo(0, 20, 5, 15).effectSize();
    assertEquals(-1.4761721653530067, e.d().value(), EPS);
    assertEquals(0.6976312439844077, e.d().variance(), EPS);
    assertTrue(e.notes().get(0).contains("1/2 added"), e.notes().toString());
    assertEquals(40, e.n(), "n counts participants, not the corrected cells");
  }

  @Test
  void oddsRatioWithItsInterval() {
    // OR 2 with a CI that is ln 2 ± 1.96·0.25 on the log scale: var(ln OR) = 0.0625
    double lb = Math.exp(Math.log(2) - Intervals.Z * 0.25);
    double ub = Math.exp(Math.log(2) + Intervals.Z * 0.25);
    EffectSize e = new Reported.OddsRatio(2, lb, ub, null, null).effectSize();
    assertEquals(Conversion.ODDS_RATIO, e.conversion());
    // d = ln 2·√3/π = 0.38215207; var(d) = 0.0625·3/π² = 0.01899772
    assertEquals(0.38215206942284413, e.d().value(), EPS);
    assertEquals(0.018997721932938336, e.d().variance(), EPS);
    // without group sizes there is no J: yi is Cohen's d, and labelled so
    assertEquals(Measure.COHENS_D, e.measure());
    assertNull(e.g());
    assertTrue(e.notes().get(0).contains("Cohen's d"));
    // with them, g = J(98)·d
    EffectSize withN = new Reported.OddsRatio(2, lb, ub, 50, 50).effectSize();
    assertEquals(0.9923240874205598 * 0.38215206942284413, withN.g().value(), EPS);
    assertThrows(
        IllegalArgumentException.class, () -> new Reported.OddsRatio(2, 2.5, 3, null, null));
  }

  @Test
  void anAsymmetricOddsRatioIntervalIsNoted() {
    EffectSize e = new Reported.OddsRatio(2, 1.9, 8, null, null).effectSize();
    assertTrue(e.notes().get(0).contains("not symmetric"), e.notes().toString());
  }

  @Test
  void correlation() {
    // d = 2·0.3/√0.91 = 0.62897090; var(d) = 4/((50 − 1)·0.91) = 0.08970621
    EffectSize e = new Reported.Correlation(0.3, 50).effectSize();
    assertEquals(Conversion.CORRELATION, e.conversion());
    assertEquals(0.628970902033151, e.d().value(), EPS);
    assertEquals(0.08970621215519174, e.d().variance(), EPS);
    // g = J(48)·d = 0.61908312; var(g) = J²·var(d) = 0.08690792
    assertEquals(0.6190831186100193, e.g().value(), EPS);
    assertEquals(0.08690791558909461, e.g().variance(), EPS);
    assertThrows(IllegalArgumentException.class, () -> new Reported.Correlation(1, 50));
  }

  @Test
  void oneGroupShapesAgree() {
    // pre/post 15 vs 12, SDs 5 and 5, r = 0.5: SD of change = √(25 + 25 − 2·0.5·25) = 5, d = 0.6
    // mean change 3, SD 5: d = 0.6; paired t = 3/(5/√30) = 3.28633535: d = t/√30 = 0.6
    EffectSize prePost = new Reported.PrePost(30, 15, 12, 5, 5, 0.5).effectSize();
    EffectSize change = new Reported.OneGroupChange(30, 3, 5).effectSize();
    EffectSize paired = new Reported.PairedT(3.2863353450309964, 30).effectSize();
    for (EffectSize e : new EffectSize[] {prePost, change, paired}) {
      assertEquals(0.6, e.d().value(), 1e-12, e.conversion().id());
      // g = J(29)·0.6 = 0.58432499; var(g) = 1/30 + g²/60 = 0.03902393 (metafor SMCC)
      assertEquals(0.5843249907580352, e.g().value(), 1e-12, e.conversion().id());
      assertEquals(0.039023928247072966, e.g().variance(), 1e-12, e.conversion().id());
      assertTrue(e.conversion().oneGroup());
    }
  }

  @Test
  void givenEffectKeepsItsScale() {
    // yi 0.2, vi 0.04: se 0.2, CI 0.2 ± 1.959964·0.2 = [−0.19199, 0.59199]
    EffectSize e = new Reported.Given(0.2, 0.04).effectSize();
    assertEquals(Measure.GIVEN, e.measure());
    assertEquals(0.2, e.yi().se(), EPS);
    assertEquals(0.2 - 0.391992796908011, e.yi().lower(), EPS);
    assertEquals(0.2 + 0.391992796908011, e.yi().upper(), EPS);
    assertNull(e.magnitude(), "no Cohen labels on an unknown scale");
  }

  @Test
  void directionOnlyHasNoNumbers() {
    EffectSize e = new Reported.DirectionOnly(Favours.INTERVENTION, 120).effectSize();
    assertFalse(e.computed());
    assertEquals(120, e.n());
  }

  @Test
  void tooSmallForHedgesCorrectionIsNotComputable() {
    // m = 1 + 2 − 2 = 1: J is undefined (metafor gives NA)
    EffectSize e = new Reported.GroupMeans(1, 3, 1, 2, 2, 1).effectSize();
    assertFalse(e.computed());
    assertTrue(e.notes().get(0).contains("at least 4"), e.notes().toString());
    assertFalse(new Reported.GroupMeans(5, 3, 0, 5, 2, 0).effectSize().computed(), "pooled SD 0");
  }
}
