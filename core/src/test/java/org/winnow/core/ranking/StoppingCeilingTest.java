package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoppingCeilingTest {
  private final HypergeometricStoppingRule rule = HypergeometricStoppingRule.standard();

  @Test
  void handCheckedCase() {
    // N = 100, R = 20: "recall < 95%" means at least m = 2 missed (20/21 >= 0.95 > 20/22). After
    // the 20 relevant, a run of t irrelevant out of the 80 irrelevant is a sample that misses both
    // with probability (80 - t)(79 - t) / (80 * 79); below 0.05 first at t = 62 (18 * 17 = 306 <
    // 316 = 0.05 * 80 * 79, while 19 * 18 = 342 is not).
    StoppingCeiling c = StoppingCeiling.of(rule, 100, 20);
    assertEquals(82, c.screenedAtStop());
    assertEquals(62, c.run());
    assertEquals(18 / 80.0, c.savedVsRelevantOnly(), 1e-12);
    assertEquals(18 / 81.0, c.savedVsOracleStop(), 1e-12); // ceil(0.95 * 20) = 19 screened
    assertTrue(rule.stops(StoppingCeiling.perfect(20, 62), 100));
    assertFalse(rule.stops(StoppingCeiling.perfect(20, 61), 100));
  }

  @Test
  void bisectionFindsTheFirstStopOfALinearScan() {
    for (int[] nr : new int[][] {{50, 1}, {120, 9}, {300, 16}, {400, 80}, {500, 136}, {60, 60}}) {
      int n = nr[0];
      int r = nr[1];
      int run = 0;
      while (!rule.stops(StoppingCeiling.perfect(r, run), n)) {
        run++;
      }
      assertEquals(r + run, StoppingCeiling.of(rule, n, r).screenedAtStop(), n + "/" + r);
    }
  }

  @Test
  void largerReviewsSaveMostOfTheWork() {
    StoppingCeiling small = StoppingCeiling.of(rule, 310, 16);
    StoppingCeiling large = StoppingCeiling.of(rule, 15_655, 783);
    assertTrue(large.savedVsRelevantOnly() > 0.5, () -> "large " + large);
    assertTrue(small.savedVsRelevantOnly() < large.savedVsRelevantOnly());
  }

  @Test
  void refusesImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> StoppingCeiling.of(rule, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> StoppingCeiling.of(rule, 10, 11));
  }
}
