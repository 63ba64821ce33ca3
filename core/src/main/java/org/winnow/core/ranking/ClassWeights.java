package org.winnow.core.ranking;

import java.util.List;

/**
 * "Balanced" class weights (as scikit-learn's): each class weighs {@code n / (2 n_class)}, so the
 * few relevant items count as much in total as the many irrelevant ones.
 */
record ClassWeights(double relevant, double irrelevant) {
  static ClassWeights balanced(List<TrainingExample> examples) {
    long positives = examples.stream().filter(TrainingExample::relevant).count();
    long negatives = examples.size() - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("training needs at least one relevant and one irrelevant");
    }
    return new ClassWeights(
        examples.size() / (2.0 * positives), examples.size() / (2.0 * negatives));
  }

  static final ClassWeights EQUAL = new ClassWeights(1, 1);
}
