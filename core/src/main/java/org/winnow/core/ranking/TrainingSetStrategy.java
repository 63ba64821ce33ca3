package org.winnow.core.ranking;

import java.util.List;
import java.util.Random;

/**
 * What a model learns from in one training round, made from the screened items: resampled (as
 * {@link DoubleBalance}), or with records added (as {@link RandomPseudoNegatives}). Pure: the same
 * features and examples give the same training set, because the random draws are seeded by the
 * examples themselves ({@link #randomFor}), so a simulation reproduces for its seed and a project's
 * model depends only on the labels it is given.
 */
public interface TrainingSetStrategy {
  /** A short stable id, e.g. {@code double}. */
  String id();

  /** The settings that make this strategy what it is, as text. */
  String settings();

  /**
   * The training set for one round.
   *
   * @param features every item's features (the screened items and the others)
   * @param examples the screened items and their decisions, at least one of each class
   */
  List<TrainingExample> prepare(TextFeatures features, List<TrainingExample> examples);

  /**
   * A random source seeded by the examples (their items, decisions and order) and a strategy's own
   * seed: one fixed stream per training set.
   */
  static Random randomFor(long seed, List<TrainingExample> examples) {
    long h = seed;
    for (TrainingExample e : examples) {
      h = QueueRanking.mix(h, 2L * e.item() + (e.relevant() ? 1 : 0));
    }
    return new Random(h);
  }

  /** {@code count} distinct values of {@code from} drawn without replacement (partial shuffle). */
  static int[] drawWithoutReplacement(int[] from, int count, Random random) {
    int[] pool = from.clone();
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.length - i);
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    return java.util.Arrays.copyOf(pool, count);
  }
}
