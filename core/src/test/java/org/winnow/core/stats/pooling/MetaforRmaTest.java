package org.winnow.core.stats.pooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.MetaforReference;
import org.winnow.core.stats.MetaforReference.RmaLine;

/**
 * Pooling against metafor 3.8.1's {@code rma} as printed in the shared fixtures. Those values are
 * printed to 4 decimals (I² to 2), so agreement is checked to the printed precision: within half a
 * unit of the last printed digit. The ledger reports the relative error that rounding leaves.
 */
class MetaforRmaTest {
  private static final MetaforReference LEDGER = new MetaforReference();
  private static final Map<String, String> KEYS =
      Map.of(
          "est", "estimate",
          "se", "se",
          "ci.lb", "ci lower",
          "ci.ub", "ci upper",
          "tau2", "tau²",
          "I2", "I²",
          "Q", "Q");

  private static List<StudyEffect> effects(String file, String yi, String vi) {
    List<StudyEffect> out = new ArrayList<>();
    for (CSVRecord r : MetaforReference.csv(file)) {
      out.add(
          new StudyEffect(
              r.get(1), MetaforReference.number(r, yi), MetaforReference.number(r, vi)));
    }
    return out;
  }

  private static double value(PooledEffect p, String key) {
    return switch (key) {
      case "est" -> p.estimate();
      case "se" -> p.se();
      case "ci.lb" -> p.ci().lower();
      case "ci.ub" -> p.ci().upper();
      case "tau2" -> p.tau2();
      case "I2" -> p.i2();
      case "Q" -> p.q();
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static void check(String dataset, List<StudyEffect> studies, RmaLine reference) {
    String m = reference.label().replaceAll(".*\\s", "");
    PooledEffect p = MetaAnalysis.pool(studies, PoolingMethod.parse(m));
    for (String key : reference.values().keySet()) {
      double ours = value(p, key);
      double ref = reference.get(key);
      LEDGER.record(dataset + " " + m, KEYS.get(key), ours, ref);
      assertTrue(
          Math.abs(ours - ref) <= reference.halfUlp(key) + 1e-12,
          () -> dataset + " " + m + " " + key + ": ours " + ours + ", metafor " + ref);
    }
  }

  @Test
  void normand1999MeanDifference() {
    List<StudyEffect> md = effects("reference_escalc_normand1999.csv", "MD_yi", "MD_vi_pooled");
    List<RmaLine> lines = MetaforReference.rma("reference_rma_normand1999_MD.txt");
    List<RmaLine> mdLines = lines.stream().filter(l -> !l.label().startsWith("SMD")).toList();
    assertEquals(3, mdLines.size());
    mdLines.forEach(l -> check("normand1999 MD", md, l));
  }

  @Test
  void normand1999StandardisedMeanDifference() {
    List<StudyEffect> smd =
        effects("reference_escalc_normand1999.csv", "hedges_g_metafor_SMD", "var_SMD_metafor_LS");
    List<RmaLine> lines =
        MetaforReference.rma("reference_rma_normand1999_MD.txt").stream()
            .filter(l -> l.label().startsWith("SMD"))
            .toList();
    assertEquals(3, lines.size());
    lines.forEach(l -> check("normand1999 SMD", smd, l));
  }

  @Test
  void bcgLogRiskRatio() {
    List<StudyEffect> rr = effects("reference_escalc_bcg.csv", "logRR", "var_logRR");
    List<RmaLine> lines = MetaforReference.rma("reference_rma_bcg_logRR.txt");
    assertEquals(3, lines.size());
    lines.forEach(l -> check("bcg logRR", rr, l));
  }

  @AfterAll
  static void printLedger() {
    System.out.println(
        "metafor rma agreement (references printed to 4 decimals)\n" + LEDGER.table());
  }
}
