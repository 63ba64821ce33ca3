package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingFeaturesTest {
  private static final double H = 1 / Math.sqrt(2);

  private static double norm(SparseVector v) {
    double s = 0;
    for (double w : v.weights()) {
      s += w * w;
    }
    return Math.sqrt(s);
  }

  @Test
  void anEmbeddingAloneIsNormalisedToUnitLength() {
    TextFeatures f = EmbeddingFeatures.of(new float[][] {{3, 4}, {0, -2}, {0, 0}});
    assertEquals(2, f.dimensions());
    assertArrayEquals(new int[] {0, 1}, f.vector(0).terms());
    assertArrayEquals(new double[] {0.6, 0.8}, f.vector(0).weights(), 1e-12);
    assertArrayEquals(new double[] {0, -1}, f.vector(1).weights(), 1e-12);
    assertEquals(0, f.vector(2).terms().length); // nothing to normalise: no features
  }

  @Test
  void wordsAndEmbeddingSideBySideEachTimesOneOverRootTwo() {
    // hand-made TF-IDF vectors over 3 words: item 0 (0.6 on word 0, 0.8 on word 2), item 1 none
    TextFeatures words =
        TextFeatures.of(
            List.of(
                new SparseVector(new int[] {0, 2}, new double[] {0.6, 0.8}),
                new SparseVector(new int[0], new double[0]),
                new SparseVector(new int[] {1}, new double[] {1})),
            3);
    TextFeatures f = EmbeddingFeatures.concatenated(words, new float[][] {{3, 4}, {0, 2}, {0, 0}});
    assertEquals(5, f.dimensions());
    // item 0: words 0 and 2, then the embedding (3, 4) / 5 as features 3 and 4
    assertArrayEquals(new int[] {0, 2, 3, 4}, f.vector(0).terms());
    assertArrayEquals(
        new double[] {0.6 * H, 0.8 * H, 0.6 * H, 0.8 * H}, f.vector(0).weights(), 1e-12);
    assertEquals(1, norm(f.vector(0)), 1e-12);
    // item 1: no words, so only the embedding's half
    assertArrayEquals(new int[] {3, 4}, f.vector(1).terms());
    assertArrayEquals(new double[] {0, H}, f.vector(1).weights(), 1e-12);
    // item 2: a zero embedding adds nothing
    assertArrayEquals(new int[] {1}, f.vector(2).terms());
    assertArrayEquals(new double[] {H}, f.vector(2).weights(), 1e-12);
  }

  @Test
  void realWordFeaturesBesideAnEmbeddingHaveUnitLength() {
    List<RankingText> texts =
        List.of(
            new RankingText("1", "Heart failure trial", "beta blockers in heart failure", "", ""),
            new RankingText("2", "Heart surgery", "outcomes of surgery in trial centres", "", ""),
            new RankingText("3", "Software trial", "beta testing of software", "", ""));
    TextFeatures words = TextFeatures.of(texts);
    TextFeatures f =
        EmbeddingFeatures.concatenated(
            words, new float[][] {{1, 2, 3, 4}, {-1, 0, 0, 0}, {0.5f, 0.5f, 0.5f, 0.5f}});
    assertEquals(words.dimensions() + 4, f.dimensions());
    for (int i = 0; i < f.size(); i++) {
      assertEquals(1, norm(f.vector(i)), 1e-6, "item " + i);
    }
  }

  @Test
  void mismatchedInputIsRefused() {
    TextFeatures words =
        TextFeatures.of(List.of(new SparseVector(new int[] {0}, new double[] {1})), 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> EmbeddingFeatures.concatenated(words, new float[][] {{1}, {1}}));
    assertThrows(
        IllegalArgumentException.class, () -> EmbeddingFeatures.of(new float[][] {{1, 2}, {1}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> TextFeatures.of(List.of(new SparseVector(new int[] {2, 1}, new double[2])), 3));
  }
}
