package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecallMetricsTest {
  @Test
  void wssAndRrfFromTheirDefinitions() {
    // 100 items, 20 relevant: 19 of them in the first 19, the 20th at position 50
    boolean[] seq = new boolean[100];
    for (int i = 0; i < 19; i++) {
      seq[i] = true;
    }
    seq[49] = true;
    RecallMetrics m = RecallMetrics.of(ScreeningHistory.of(seq), 100, 20);
    assertEquals(19, m.recordsTo95()); // ceil(0.95 * 20) = 19 found after 19 items
    assertEquals(50, m.recordsTo100());
    assertEquals((100 - 19) / 100.0 - 0.05, m.wss95(), 1e-12);
    assertEquals(0.5, m.wss100(), 1e-12);
    assertEquals(10 / 20.0, m.rrf10(), 1e-12); // 10 found in the first 10 items
  }

  @Test
  void ninetyFivePercentRoundsUp() {
    assertEquals(19, RecallMetrics.percentOf(20, 95));
    assertEquals(20, RecallMetrics.percentOf(21, 95));
    assertEquals(1, RecallMetrics.percentOf(1, 95));
  }
}
