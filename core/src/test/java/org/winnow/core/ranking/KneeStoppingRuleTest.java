package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KneeStoppingRuleTest {
  private final KneeStoppingRule rule = new KneeStoppingRule();

  /**
   * {@code relevant} relevant items among the first {@code early}, then {@code late} irrelevant.
   */
  private static ScreeningHistory curve(int relevant, int early, int late) {
    ScreeningHistory h = new ScreeningHistory();
    for (int i = 0; i < early; i++) {
      h.add(i < relevant);
    }
    for (int i = 0; i < late; i++) {
      h.add(false);
    }
    return h;
  }

  @Test
  void slopeRatioByHand() {
    // 10 relevant in the first 10, then 90 irrelevant: knee at (10, 10); slope before 10/10 = 1,
    // after (10 - 10 + 1) / (100 - 10) = 1/90: ratio 90
    assertEquals(90.0, KneeStoppingRule.slopeRatio(curve(10, 10, 90)), 1e-9);
    // 10 relevant spread evenly (every tenth, the first at position 1): the point farthest above
    // the
    // line is the first relevant, (1, 1); slope 1 before, (10 - 1 + 1) / (100 - 1) after: 9.9,
    // far below the 146 the rule demands with 10 found
    ScreeningHistory even = new ScreeningHistory();
    for (int i = 0; i < 100; i++) {
      even.add(i % 10 == 0);
    }
    assertEquals(9.9, KneeStoppingRule.slopeRatio(even), 1e-9);
    assertFalse(rule.stops(even, 1000));
  }

  @Test
  void stopsAfterASteepKneeAndAtLeast150Items() {
    // 10 relevant found: the ratio demanded is 156 - 10 = 146
    assertFalse(rule.stops(curve(10, 10, 90), 1000), "fewer than 150 screened");
    // after 10 + t items the ratio is 10 / 10 / (1 / t) = t: stops first at t = 146
    assertFalse(rule.stops(curve(10, 10, 145), 1000));
    assertTrue(rule.stops(curve(10, 10, 146), 1000));
    // 150 or more found: the ratio demanded is 6
    assertTrue(rule.stops(curve(150, 150, 6), 1000));
    assertFalse(rule.stops(curve(150, 150, 5), 1000));
  }

  @Test
  void neverStopsWithoutRelevantItemsUntilEverythingIsScreened() {
    assertFalse(rule.stops(curve(0, 0, 500), 501));
    assertTrue(rule.stops(curve(0, 0, 501), 501));
    assertNull(rule.check(curve(10, 10, 200), 1000), "a heuristic gives no evidence");
  }

  @Test
  void stopPointReplaysAtCheckpointsOnly() {
    java.util.List<Boolean> order = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      order.add(i < 10);
    }
    // checkpoints every 10 items: the first at or after 156 (10 + 146) is 160
    java.util.List<Integer> every10 = new java.util.ArrayList<>();
    for (int at = 10; at <= 400; at += 10) {
      every10.add(at);
    }
    StopPoint p = StopPoint.first(rule, order, every10);
    assertEquals(160, p.screened());
    assertEquals(10, p.relevantFound());
    assertNull(p.evidence());
    StopPoint never = StopPoint.first(rule, order, java.util.List.of(100));
    assertEquals(400, never.screened(), "never asked after 150: everything is screened");
  }
}
