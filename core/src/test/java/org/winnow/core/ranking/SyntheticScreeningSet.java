package org.winnow.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded labelled set with a learnable signal: relevant items draw a third of their abstract
 * words from a small topic vocabulary, irrelevant ones from a general vocabulary only (and now and
 * then one topic word, so the signal is not a single word).
 */
final class SyntheticScreeningSet {
  private SyntheticScreeningSet() {}

  static LabelledSet of(int size, int relevant, long seed) {
    Random random = new Random(seed);
    List<String> general = words("gen", 400);
    List<String> topic = words("topic", 25);
    List<LabelledItem> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean isRelevant = i % (size / relevant) == 0 && i / (size / relevant) < relevant;
      StringBuilder title = new StringBuilder();
      StringBuilder abstractText = new StringBuilder();
      for (int w = 0; w < 8; w++) {
        title.append(pick(general, random)).append(' ');
      }
      for (int w = 0; w < 60; w++) {
        boolean fromTopic = isRelevant ? random.nextInt(3) == 0 : random.nextInt(60) == 0;
        abstractText.append(pick(fromTopic ? topic : general, random)).append(' ');
      }
      items.add(
          new LabelledItem(
              new RankingText("R" + i, title.toString(), abstractText.toString(), "", ""),
              isRelevant,
              i + 2));
    }
    return new LabelledSet("synthetic", items);
  }

  private static List<String> words(String stem, int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add(stem + Integer.toString(i, 26).replace('0', 'z'));
    }
    return words;
  }

  private static String pick(List<String> words, Random random) {
    // Zipf-like: a few common words, many rare ones
    int i = (int) Math.floor(Math.pow(random.nextDouble(), 2) * words.size());
    return words.get(i);
  }
}
