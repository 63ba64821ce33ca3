package org.winnow.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random pseudo-negatives, as Cormack and Grossman's baseline model implementation (BMI) for the
 * TREC Total Recall track adds them to continuous active learning: each training round adds {@code
 * count} items drawn at random from those not screened (not among the examples), labelled
 * irrelevant, to the screened ones (fewer when fewer are left). Since most unscreened items are
 * irrelevant, they teach the model what a typical record looks like. The draw is seeded by the
 * examples, so it is a pure function of them; in a project, "not screened" means not among the
 * labels the reviewer's model may see.
 */
public final class RandomPseudoNegatives implements TrainingSetStrategy {
  /** BMI's number of pseudo-negatives per round. */
  public static final int DEFAULT_COUNT = 100;

  /** Seeds the draws, with the examples (see {@link TrainingSetStrategy#randomFor}). */
  static final long SEED = 0xB31;

  private final int count;

  public RandomPseudoNegatives(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("pseudo-negatives: at least 1 per round, not " + count);
    }
    this.count = count;
  }

  @Override
  public String id() {
    return "pseudo-negatives";
  }

  @Override
  public String settings() {
    return String.format(Locale.ROOT, "%d random pseudo-negatives per round", count);
  }

  @Override
  public List<TrainingExample> prepare(TextFeatures features, List<TrainingExample> examples) {
    boolean[] screened = new boolean[features.size()];
    examples.forEach(e -> screened[e.item()] = true);
    int[] unscreened = new int[features.size()];
    int left = 0;
    for (int i = 0; i < screened.length; i++) {
      if (!screened[i]) {
        unscreened[left++] = i;
      }
    }
    Random random = TrainingSetStrategy.randomFor(SEED, examples);
    int[] drawn =
        TrainingSetStrategy.drawWithoutReplacement(
            java.util.Arrays.copyOf(unscreened, left), Math.min(count, left), random);
    List<TrainingExample> out = new ArrayList<>(examples.size() + drawn.length);
    out.addAll(examples);
    for (int item : drawn) {
      out.add(new TrainingExample(item, false));
    }
    return out;
  }
}
