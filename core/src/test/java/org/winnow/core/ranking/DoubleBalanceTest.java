package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoubleBalanceTest {
  private static final LabelledSet SET = SyntheticScreeningSet.of(200, 10, 3);
  private static final TextFeatures FEATURES = TextFeatures.of(SET.texts());

  /** {@code relevant} relevant items (0, 1, ...) and {@code irrelevant} others (100, 101, ...). */
  private static List<TrainingExample> examples(int relevant, int irrelevant) {
    List<TrainingExample> out = new ArrayList<>();
    for (int i = 0; i < relevant; i++) {
      out.add(new TrainingExample(i, true));
    }
    for (int i = 0; i < irrelevant; i++) {
      out.add(new TrainingExample(100 + i, false));
    }
    return out;
  }

  @Test
  void weightsAsAsReviewDefinesThem() {
    DoubleBalance balance = DoubleBalance.standard();
    // 2 relevant, 98 irrelevant: w1 = 2.155 (2/98)^-0.94 = 83.605, w0 = 1 - 0.211 / (1 + ln 100)
    assertEquals(83.605, balance.relevantWeight(2, 98), 1e-3);
    assertEquals(0.96236, balance.irrelevantWeight(100), 1e-5);
    // places for the relevant: 83.605 * 2 * 100 / (83.605 * 2 + 0.96236 * 98) = 63.94
    assertEquals(63.937, balance.relevantShare(2, 98), 1e-3);
    assertEquals(1.4223, balance.relevantShare(1, 1), 1e-4);
  }

  @Test
  void theRelevantAreRepeatedAndTheIrrelevantSubsampled() {
    List<TrainingExample> in = examples(2, 98);
    List<TrainingExample> out = DoubleBalance.standard().prepare(FEATURES, in);
    assertEquals(100, out.size(), "the training set keeps its size");
    Map<TrainingExample, Integer> copies = new HashMap<>();
    out.forEach(e -> copies.merge(e, 1, Integer::sum));
    assertTrue(in.containsAll(copies.keySet()), "only screened items, with their decisions");
    long relevantPlaces = out.stream().filter(TrainingExample::relevant).count();
    assertTrue(relevantPlaces == 63 || relevantPlaces == 64, "63.94 rounded: " + relevantPlaces);
    // 63 or 64 places for 2 items: each repeated 31 or 32 times
    for (int item = 0; item < 2; item++) {
      int n = copies.get(new TrainingExample(item, true));
      assertTrue(n == 31 || n == 32, "item " + item + " repeated " + n);
    }
    // 36 or 37 places for 98 irrelevant items: drawn without replacement
    List<TrainingExample> irrelevant = out.stream().filter(e -> !e.relevant()).toList();
    assertEquals(100 - relevantPlaces, irrelevant.size());
    assertEquals(irrelevant.size(), new HashSet<>(irrelevant).size());
  }

  @Test
  void oneOfEachStaysOneOfEach() {
    assertEquals(
        List.of(1L, 1L),
        List.of(
            DoubleBalance.standard().prepare(FEATURES, examples(1, 1)).stream()
                .filter(TrainingExample::relevant)
                .count(),
            DoubleBalance.standard().prepare(FEATURES, examples(1, 1)).stream()
                .filter(e -> !e.relevant())
                .count()));
  }

  @Test
  void theSameExamplesGiveTheSameTrainingSet() {
    List<TrainingExample> in = examples(5, 45);
    assertEquals(
        DoubleBalance.standard().prepare(FEATURES, in),
        DoubleBalance.standard().prepare(FEATURES, List.copyOf(in)));
    assertNotEquals(
        DoubleBalance.standard().prepare(FEATURES, in),
        DoubleBalance.standard().prepare(FEATURES, examples(5, 46)));
  }

  @Test
  void bothClassesAreNeeded() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DoubleBalance.standard().prepare(FEATURES, examples(3, 0)));
  }
}
