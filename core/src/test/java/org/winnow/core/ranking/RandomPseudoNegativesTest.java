package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomPseudoNegativesTest {
  private static final LabelledSet SET = SyntheticScreeningSet.of(300, 10, 5);
  private static final TextFeatures FEATURES = TextFeatures.of(SET.texts());

  /** The first {@code n} items with their true labels. */
  private static List<TrainingExample> screened(int n) {
    List<TrainingExample> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new TrainingExample(i, SET.items().get(i).relevant()));
    }
    return out;
  }

  @Test
  void addsAHundredUnscreenedItemsLabelledIrrelevant() {
    List<TrainingExample> in = screened(40);
    List<TrainingExample> out = new RandomPseudoNegatives(100).prepare(FEATURES, in);
    assertEquals(140, out.size());
    assertEquals(in, out.subList(0, 40), "the screened items first, as they were");
    List<TrainingExample> added = out.subList(40, 140);
    Set<Integer> items = new HashSet<>();
    for (TrainingExample e : added) {
      assertFalse(e.relevant(), "labelled irrelevant: " + e);
      assertFalse(e.item() < 40, "never a screened item: " + e);
      items.add(e.item());
    }
    assertEquals(100, items.size(), "drawn without replacement");
  }

  @Test
  void fewerWhenFewerAreLeft() {
    List<TrainingExample> out = new RandomPseudoNegatives(100).prepare(FEATURES, screened(250));
    assertEquals(300, out.size(), "the 50 unscreened items, each once");
    assertEquals(300, new HashSet<>(out.stream().map(TrainingExample::item).toList()).size());
  }

  @Test
  void theSameExamplesGiveTheSameDraw() {
    assertEquals(
        new RandomPseudoNegatives(100).prepare(FEATURES, screened(30)),
        new RandomPseudoNegatives(100).prepare(FEATURES, screened(30)));
    assertNotEquals(
        new RandomPseudoNegatives(100).prepare(FEATURES, screened(30)).subList(30, 130),
        new RandomPseudoNegatives(100).prepare(FEATURES, screened(31)).subList(31, 131));
  }

  @Test
  void atLeastOnePerRound() {
    assertThrows(IllegalArgumentException.class, () -> new RandomPseudoNegatives(0));
  }
}
