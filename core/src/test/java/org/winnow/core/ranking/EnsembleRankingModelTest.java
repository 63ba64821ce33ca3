package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleRankingModelTest {
  @Test
  void ranksAreScaledToZeroOneAndTiesShareTheirMean() {
    assertArrayEquals(
        new double[] {1, 0, 0.5}, EnsembleRankingModel.normalisedRanks(new double[] {9, -3, 2}));
    // the two 5s hold ranks 1 and 2 of 0..3: both 1.5 / 3
    assertArrayEquals(
        new double[] {0, 0.5, 0.5, 1},
        EnsembleRankingModel.normalisedRanks(new double[] {1, 5, 5, 7}),
        1e-12);
  }

  @Test
  void theMeanRankOfTwoModels() {
    // one model orders items 0 < 1 < 2, the other 2 < 1 < 0: every item gets the mean rank 0.5
    RankingModel up = fixed("up", 0, 1, 2);
    RankingModel down = fixed("down", 2, 1, 0);
    TextFeatures features =
        TextFeatures.of(
            List.of(
                new RankingText("a", "x", "", "", ""),
                new RankingText("b", "x", "", "", ""),
                new RankingText("c", "x", "", "", "")));
    RankingModel.Scores s = new EnsembleRankingModel(List.of(up, down)).train(features, List.of());
    for (int i = 0; i < 3; i++) {
      assertEquals(0.5, s.score(i), 1e-12);
    }
    RankingModel.Scores same = new EnsembleRankingModel(List.of(up, up)).train(features, List.of());
    assertTrue(same.score(0) < same.score(1) && same.score(1) < same.score(2));
    assertEquals("up+down", new EnsembleRankingModel(List.of(up, down)).id());
  }

  private static RankingModel fixed(String id, double... scores) {
    return new RankingModel() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String label() {
        return id;
      }

      @Override
      public String settings() {
        return "";
      }

      @Override
      public Scores train(TextFeatures features, List<TrainingExample> examples) {
        return item -> scores[item];
      }
    };
  }
}
