package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
  private static final List<RankingText> TEXTS =
      List.of(
          new RankingText("1", "Heart failure", "beta blockers in heart failure", "", ""),
          new RankingText("2", "Heart failure trial", "no blockers", "", ""),
          new RankingText("3", "Asthma", "blockers", "", ""));

  @Test
  void wordsInAtLeastTwoItemsBecomeFeatures() {
    // heart, failure, blockers
    assertEquals(3, TextFeatures.of(TEXTS, TextFeatures.Vocabulary.WORDS).dimensions());
  }

  @Test
  void theDefaultAddsTitleWords() {
    assertEquals(TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS, TextFeatures.DEFAULT_VOCABULARY);
    assertEquals(5, TextFeatures.of(TEXTS).dimensions());
    assertEquals(TextFeatures.Vocabulary.WORDS_AND_BIGRAMS, TextFeatures.Vocabulary.of("bigrams"));
  }

  @Test
  void bigramsAddAdjacentPairsWithinAPart() {
    // + "heart failure" (titles 1 and 2, abstract 1); "failure beta" and "failure trial" once only
    assertEquals(4, TextFeatures.of(TEXTS, TextFeatures.Vocabulary.WORDS_AND_BIGRAMS).dimensions());
  }

  @Test
  void titleWordsBecomeFeaturesOfTheirOwn() {
    // + title:heart, title:failure (titles 1 and 2)
    assertEquals(
        5, TextFeatures.of(TEXTS, TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS).dimensions());
    SparseVector v =
        TextFeatures.of(TEXTS, TextFeatures.Vocabulary.WORDS_AND_TITLE_WORDS).vector(0);
    assertEquals(5, v.terms().length);
    assertEquals(1.0, v.dot(weightsOf(v)), 1e-9, "L2-normalised");
  }

  /** The vector as a dense array, to check its L2 norm is 1. */
  private static double[] weightsOf(SparseVector v) {
    double[] dense = new double[5];
    for (int j = 0; j < v.terms().length; j++) {
      dense[v.terms()[j]] = v.weights()[j];
    }
    return dense;
  }
}
