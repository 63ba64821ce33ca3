package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevantLeftEstimateTest {
  @Test
  void balancedLabelsNeedNoCorrection() {
    // one relevant, one irrelevant: the balanced weights are equal, each score is a probability
    RelevantLeftEstimate e = RelevantLeftEstimate.of(List.of(0.0, 0.0, 0.0, 0.0), 1, 1);
    assertEquals(2.0, e.expected(), 1e-12);
    assertEquals(4, e.items());
    assertEquals(2, e.rounded());
  }

  @Test
  void theClassWeightingIsTakenBackOut() {
    // 1 relevant to 9 irrelevant: the balanced model's odds are 9 times too high; a decision value
    // of ln 9 (probability 0.9 weighted) is even odds (0.5) once corrected
    RelevantLeftEstimate e = RelevantLeftEstimate.of(List.of(Math.log(9), Math.log(9)), 1, 9);
    assertEquals(1.0, e.expected(), 1e-12);
    assertEquals(0.9, RelevantLeftEstimate.rankScore(Math.log(9)), 1e-12);
  }

  @Test
  void itNeedsBothClasses() {
    assertThrows(IllegalArgumentException.class, () -> RelevantLeftEstimate.of(List.of(1.0), 0, 3));
  }
}
