package org.winnow.core.stats.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.MetaforReference;

/**
 * Effect sizes against metafor 3.8.1's {@code escalc} (full-precision reference values in the
 * shared fixtures): every value within 1e-6 relative error. The ledger printed at the end is the
 * accuracy table of docs/effect-sizes.md.
 */
class MetaforEscalcTest {
  private static final MetaforReference LEDGER = new MetaforReference();

  private static void agree(String dataset, String quantity, double ours, Double reference) {
    assertNotNull(reference, dataset + " " + quantity);
    double error = LEDGER.record(dataset, quantity, ours, reference);
    assertTrue(
        error <= MetaforReference.RELATIVE_TOLERANCE,
        () ->
            dataset
                + " "
                + quantity
                + ": ours "
                + ours
                + ", metafor "
                + reference
                + ", error "
                + error);
  }

  @Test
  void normand1999StandardisedMeanDifferences() {
    for (CSVRecord r : MetaforReference.csv("reference_escalc_normand1999.csv")) {
      Reported.GroupMeans means = MetaforReference.means(r);
      EffectSize e = means.effectSize();
      String ds = "normand1999";
      agree(
          ds,
          "pooled SD",
          Reported.pooledSd(means.n1i(), means.sd1i(), means.n2i(), means.sd2i()),
          MetaforReference.number(r, "sd_pooled"));
      agree(ds, "Cohen's d", e.d().value(), MetaforReference.number(r, "cohens_d_uncorrected"));
      agree(ds, "J (exact)", e.j(), MetaforReference.number(r, "J_exact"));
      agree(
          ds,
          "Hedges' g (SMD yi)",
          e.g().value(),
          MetaforReference.number(r, "hedges_g_metafor_SMD"));
      agree(
          ds,
          "var(g) (SMD vi, LS)",
          e.g().variance(),
          MetaforReference.number(r, "var_SMD_metafor_LS"));
      agree(ds, "var(d)", e.d().variance(), MetaforReference.number(r, "var_d_textbook"));
      assertEquals(Measure.HEDGES_G, e.measure());
      assertEquals(e.g(), e.yi(), "yi is g when g exists");
      // the approximation 1 − 3/(4m − 1) is not what metafor uses: it differs beyond 1e-7
      double approx = MetaforReference.number(r, "J_approx");
      assertFalse(Math.abs(e.j() - approx) < 1e-9, "exact J, not the approximation");
    }
  }

  @Test
  void gibson2002StandardisedMeanDifferences() {
    for (CSVRecord r : MetaforReference.csv("reference_escalc_gibson2002.csv")) {
      Double g = MetaforReference.number(r, "hedges_g_metafor_SMD");
      if (g == null) {
        // metafor gives NA without means; Winnow would use the 2×2 counts (logit method) instead
        assertTrue(r.get("m1i").isEmpty());
        continue;
      }
      EffectSize e = MetaforReference.means(r).effectSize();
      agree("gibson2002", "Hedges' g (SMD yi)", e.g().value(), g);
      agree(
          "gibson2002",
          "var(g) (SMD vi, LS)",
          e.g().variance(),
          MetaforReference.number(r, "var_SMD_metafor_LS"));
    }
  }

  /** The 2×2 conversion starts from metafor's log odds ratio (measure "OR"); d = ln(OR)·√3/π. */
  @Test
  void bcgLogOddsRatiosAndTheirLogitD() {
    for (CSVRecord r : MetaforReference.csv("reference_escalc_bcg.csv")) {
      Reported.TwoByTwo t =
          new Reported.TwoByTwo(
              Double.parseDouble(r.get("tpos")),
              Double.parseDouble(r.get("tneg")),
              Double.parseDouble(r.get("cpos")),
              Double.parseDouble(r.get("cneg")));
      double logOr = MetaforReference.number(r, "logOR");
      double var = MetaforReference.number(r, "var_logOR");
      agree("bcg", "ln(OR) (OR yi)", t.logOddsRatio().value(), logOr);
      agree("bcg", "var ln(OR) (OR vi)", t.logOddsRatio().variance(), var);
      EffectSize e = t.effectSize();
      double factor = Math.sqrt(3) / Math.PI;
      agree("bcg", "d = ln(OR)·√3/π (OR2DL yi)", e.d().value(), logOr * factor);
      agree("bcg", "var(d) (OR2DL vi)", e.d().variance(), var * factor * factor);
    }
  }

  @AfterAll
  static void printLedger() {
    System.out.println("metafor escalc agreement\n" + LEDGER.table());
  }
}
