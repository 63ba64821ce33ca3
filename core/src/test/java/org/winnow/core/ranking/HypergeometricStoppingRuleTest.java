package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

class HypergeometricStoppingRuleTest {
  private final HypergeometricStoppingRule rule = HypergeometricStoppingRule.standard();

  /** The buscar formula, over every window of the last n items, written the plain way. */
  private static double bruteForce(boolean[] seq, int records, double target) {
    int seen = 0;
    for (boolean b : seq) {
      seen += b ? 1 : 0;
    }
    double best = 1;
    for (int n = 1; n <= seq.length; n++) {
      int k = 0;
      for (int i = seq.length - n; i < seq.length; i++) {
        k += seq[i] ? 1 : 0;
      }
      int khat = (int) Math.floor(seen / target + 1 - (seen - k));
      int population = records - (seq.length - n);
      if (khat > population) {
        best = 0;
        continue;
      }
      best =
          Math.min(
              best,
              new HypergeometricDistribution(null, population, khat, n).cumulativeProbability(k));
    }
    return best;
  }

  @Test
  void theShortcutOverWindowsEqualsTheFullMinimum() {
    Random random = new Random(1);
    for (int trial = 0; trial < 300; trial++) {
      int records = 50 + random.nextInt(400);
      int screened = 1 + random.nextInt(records - 1);
      double rate = random.nextDouble() * 0.3;
      boolean[] seq = new boolean[screened];
      for (int i = 0; i < screened; i++) {
        // relevant ones thin out, as in a ranked screening
        seq[i] = random.nextDouble() < rate * (1 - i / (double) screened);
      }
      ScreeningHistory h = ScreeningHistory.of(seq);
      int found = h.relevantFound();
      if (found == 0 || (found / 0.95) % 1 == 0) {
        continue; // brute force's floor(r/0.95 + 1) is off by one where r/0.95 is whole
      }
      double expected = bruteForce(seq, records, 0.95);
      double actual = rule.pValue(h, records, rule.missedUnderNull(found));
      assertEquals(expected, actual, 1e-12, "trial " + trial);
    }
  }

  @Test
  void theNullNeedsRecallStrictlyBelowTheTarget() {
    // 19 found: recall < 95% needs 21 or more in all (19/20 is exactly 95%)
    assertEquals(2, rule.missedUnderNull(19));
    assertEquals(1, rule.missedUnderNull(0));
    assertEquals(1, rule.missedUnderNull(10)); // 10/11 < 0.95
  }

  @Test
  void aLongRunWithoutRelevantItemsAllowsStopping() {
    boolean[] seq = new boolean[900];
    for (int i = 0; i < 40; i++) {
      seq[i * 5] = true; // 40 relevant in the first 200, then 700 without
    }
    StopCheck check = rule.check(ScreeningHistory.of(seq), 1000);
    assertTrue(check.stop(), "" + check);
    assertTrue(check.pValue() < 0.05);
    assertEquals(100, check.recordsLeft());
    assertTrue(check.recallLowerBound() >= 0.95, "" + check);
    assertEquals(40, check.relevantFound());
  }

  @Test
  void theSameRunWithMoreLeftIsNotYetEnough() {
    // 40 found: recall < 95% needs 3 more; 0 of them in the last 500 of 800 happens with
    // probability (300/800)^3 ~ 0.053 (a window holding the 40th relevant item gives 0.052)
    boolean[] seq = new boolean[700];
    for (int i = 0; i < 40; i++) {
      seq[i * 5] = true;
    }
    StopCheck check = rule.check(ScreeningHistory.of(seq), 1000);
    assertFalse(check.stop(), "" + check);
    assertTrue(check.pValue() > 0.05 && check.pValue() <= 0.0527, "" + check);
  }

  @Test
  void relevantItemsStillComingMeansGoOn() {
    boolean[] seq = new boolean[300];
    for (int i = 0; i < 30; i++) {
      seq[i * 10] = true; // one in ten, to the end
    }
    StopCheck check = rule.check(ScreeningHistory.of(seq), 1000);
    assertFalse(check.stop(), "" + check);
    assertTrue(check.recallLowerBound() < 0.95);
    assertTrue(check.relevantLeftUpperBound() > 1);
  }

  @Test
  void theBoundIsWhereTheTestFlips() {
    boolean[] seq = new boolean[500];
    for (int i = 0; i < 25; i++) {
      seq[i * 8] = true;
    }
    ScreeningHistory h = ScreeningHistory.of(seq);
    StopCheck check = rule.check(h, 900);
    int bound = check.relevantLeftUpperBound();
    assertTrue(rule.pValue(h, 900, bound + 1) < 0.05);
    assertTrue(bound == 0 || rule.pValue(h, 900, bound) >= 0.05);
  }

  @Test
  void everythingScreenedIsAlwaysAStop() {
    StopCheck check = rule.check(ScreeningHistory.of(true, false, true, true), 4);
    assertTrue(check.stop());
    assertEquals(0, check.relevantLeftUpperBound());
    assertEquals(1.0, check.recallLowerBound());
  }
}
