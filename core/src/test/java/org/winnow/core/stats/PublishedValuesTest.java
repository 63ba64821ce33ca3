package org.winnow.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.direction.SignTest;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;
import org.winnow.core.stats.pooling.MetaAnalysis;
import org.winnow.core.stats.pooling.PooledEffect;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.pooling.StudyEffect;

/**
 * Numbers from publications, as listed in the shared fixtures' EXPECTED_FROM_PUBLICATIONS.md
 * (asserted there by metafor's own tests to about 1e-4). Published tables round to 4 decimals, so
 * each is checked to half a unit in its last digit. Study data are read from the shared fixtures.
 */
class PublishedValuesTest {
  private static final double FOURTH_DECIMAL = 0.5e-4 + 1e-12;

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, FOURTH_DECIMAL, what);
  }

  /** Normand (1999) studies 1–4 as Hedges' g, metafor test_misc_escalc.r. */
  @Test
  void normand1999HedgesG() {
    double[] yi = {-0.3552, -0.3479, -2.3176, -1.8880};
    double[] vi = {0.0131, 0.0645, 0.0458, 0.1606};
    List<CSVRecord> rows = MetaforReference.csv("dat.normand1999.csv");
    for (int i = 0; i < yi.length; i++) {
      CSVRecord r = rows.get(i);
      EffectSize e = MetaforReference.means(r).effectSize();
      close(yi[i], e.g().value(), "g study " + (i + 1));
      close(vi[i], e.g().variance(), "var(g) study " + (i + 1));
    }
  }

  /**
   * Normand (1999) Tables III and VII: risk differences ×100 of the lidocaine trials, pooled to
   * 2.9444 [0.3831, 5.5058] with τ² = 0 by every method. The risk difference is computed here (p1 −
   * p2, variance p1q1/n1 + p2q2/n2); Winnow pools it as a given yi.
   */
  @Test
  void hine1989RiskDifferencesPoolToThePublishedValue() {
    double[] yi = {2.8026, 0.0000, 1.9711, 1.7961, 3.5334, 4.4031};
    double[] vi = {17.7575, 37.5657, 8.1323, 10.8998, 8.0114, 6.1320};
    double[] lb = {-5.4566, -12.0128, -3.6182, -4.6747, -2.0141, -0.4503};
    double[] ub = {11.0618, 12.0128, 7.5604, 8.2669, 9.0810, 9.2566};
    List<StudyEffect> studies = new ArrayList<>();
    List<CSVRecord> rows = MetaforReference.csv("dat.hine1989.csv");
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord r = rows.get(i);
      double p1 = Double.parseDouble(r.get("ai")) / Double.parseDouble(r.get("n1i"));
      double p2 = Double.parseDouble(r.get("ci")) / Double.parseDouble(r.get("n2i"));
      double v =
          p1 * (1 - p1) / Double.parseDouble(r.get("n1i"))
              + p2 * (1 - p2) / Double.parseDouble(r.get("n2i"));
      EffectSize e = new Reported.Given(100 * (p1 - p2), 100 * 100 * v).effectSize();
      close(yi[i], e.yi().value(), "RD study " + (i + 1));
      close(vi[i], e.yi().variance(), "var RD study " + (i + 1));
      close(lb[i], e.yi().lower(), "lower study " + (i + 1));
      close(ub[i], e.yi().upper(), "upper study " + (i + 1));
      studies.add(new StudyEffect(r.get("source"), e.yi().value(), e.yi().variance()));
    }
    for (PoolingMethod m : PoolingMethod.values()) {
      PooledEffect p = MetaAnalysis.pool(studies, m);
      close(2.9444, p.estimate(), m + " estimate");
      close(0.3831, p.ci().lower(), m + " lower");
      close(5.5058, p.ci().upper(), m + " upper");
      assertEquals(0, p.tau2(), 0, m + " tau²");
    }
  }

  /** Normand (1999) Table IX: mean differences with the pooled-SD variance (Table VIII). */
  @Test
  void normand1999MeanDifferencesPoolToTableNine() {
    List<StudyEffect> studies = new ArrayList<>();
    for (CSVRecord r : MetaforReference.csv("dat.normand1999.csv")) {
      int n1 = Integer.parseInt(r.get("n1i"));
      int n2 = Integer.parseInt(r.get("n2i"));
      double sp =
          Reported.pooledSd(
              n1, Double.parseDouble(r.get("sd1i")), n2, Double.parseDouble(r.get("sd2i")));
      double md = Double.parseDouble(r.get("m1i")) - Double.parseDouble(r.get("m2i"));
      studies.add(new StudyEffect(r.get("source"), md, sp * sp * (1.0 / n1 + 1.0 / n2)));
    }
    PooledEffect fe = MetaAnalysis.pool(studies, PoolingMethod.FE);
    close(-3.4939, fe.estimate(), "EE");
    close(-5.0265, fe.ci().lower(), "EE lower");
    close(-1.9613, fe.ci().upper(), "EE upper");
    PooledEffect dl = MetaAnalysis.pool(studies, PoolingMethod.DL);
    close(-14.0972, dl.estimate(), "DL");
    close(-24.4454, dl.ci().lower(), "DL lower");
    close(-3.7490, dl.ci().upper(), "DL upper");
    close(218.7216, dl.tau2(), "DL tau²");
    PooledEffect reml = MetaAnalysis.pool(studies, PoolingMethod.REML);
    close(-15.1217, reml.estimate(), "REML");
    close(-32.6716, reml.ci().lower(), "REML lower");
    close(2.4282, reml.ci().upper(), "REML upper");
    close(685.1965, reml.tau2(), "REML tau²");
  }

  /**
   * Handbook of Research Synthesis and Meta-Analysis, Table 13.4: the table 135/15/40/10 as a
   * standardised mean difference by the logit method is 0.4471 (SE 0.2460).
   */
  @Test
  void handbookTable13Point4LogitD() {
    EffectSize e = new Reported.TwoByTwo(135, 15, 40, 10).effectSize();
    close(0.4471, e.d().value(), "d");
    close(0.2460, e.d().se(), "se(d)");
  }

  /** Boon &amp; Thomson (2021) and Cochrane Handbook v6 §12.4.2.3 sign tests. */
  @Test
  void signTestsOfThePublishedExamples() {
    // housing condition: 9 of 9 studies positive, P = 2·0.5⁹ = 0.0039
    close(0.0039, SignTest.of("housing", 9, 0, 0).p(), "9/9");
    // general and respiratory health: 5 of 6 positive, P = 2·7/64 = 0.2188
    close(0.2188, SignTest.of("health", 5, 1, 0).p(), "5/6");
    // Handbook: 10 of 12 favour the intervention, 83% (95% CI 55% to 95%, Wilson), P = 0.039
    SignTest handbook = SignTest.of("handbook", 10, 2, 0);
    assertEquals(0.039, handbook.p(), 0.0005);
    assertEquals(2 * 79 / 4096.0, handbook.p(), 1e-15);
    assertEquals(0.83, handbook.proportion(), 0.005);
    assertEquals(0.55, handbook.wilsonLower(), 0.005);
    assertEquals(0.95, handbook.wilsonUpper(), 0.005);
  }
}
