package org.winnow.core.ranking;

import java.util.List;

/**
 * A model that learns from screened items and scores the others: the higher the score, the more
 * likely relevant. Pluggable: a stable id, a label, and its settings as text. An instance may cache
 * what it derives from one {@link TextFeatures}, so use one instance per screening run and thread.
 */
public interface RankingModel {
  String id();

  String label();

  /** The settings that make this model what it is, e.g. {@code C=1, class weights balanced}. */
  String settings();

  /** Trains on the examples (at least one relevant and one not) and scores every item. */
  Scores train(TextFeatures features, List<TrainingExample> examples);

  /** The trained model's scores. */
  @FunctionalInterface
  interface Scores {
    double score(int item);
  }
}
