package org.winnow.core.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * Features from sentence embeddings, for the candidates of docs/prioritisation.md: the embedding
 * alone, or the embedding beside the TF-IDF features. Measurement only; no project ranks with them.
 */
final class EmbeddingFeatures {
  /** Each part's scale in a concatenation of two unit vectors, so the whole has norm 1. */
  static final double HALF = 1 / Math.sqrt(2);

  private EmbeddingFeatures() {}

  /** Each item's embedding, L2-normalised, as its only features (a zero vector stays zero). */
  static TextFeatures of(float[][] embeddings) {
    int dimensions = dimensions(embeddings);
    List<SparseVector> vectors = new ArrayList<>(embeddings.length);
    for (float[] e : embeddings) {
      vectors.add(dense(e, 0, 1));
    }
    return TextFeatures.of(vectors, dimensions);
  }

  /**
   * The words' TF-IDF vector (already L2-normalised) and the embedding (L2-normalised here) side by
   * side, each part times 1/√2: terms {@code 0..d-1} are the words' features, {@code d..d+e-1} the
   * embedding's. An item whose words or embedding are all zero keeps only the other part (norm
   * 1/√2).
   */
  static TextFeatures concatenated(TextFeatures words, float[][] embeddings) {
    if (words.size() != embeddings.length) {
      throw new IllegalArgumentException(
          words.size() + " items of words but " + embeddings.length + " embeddings");
    }
    int dimensions = dimensions(embeddings);
    int offset = words.dimensions();
    List<SparseVector> vectors = new ArrayList<>(embeddings.length);
    for (int i = 0; i < embeddings.length; i++) {
      SparseVector w = words.vector(i);
      SparseVector e = dense(embeddings[i], offset, HALF);
      int n = w.terms().length;
      int[] terms = new int[n + e.terms().length];
      double[] weights = new double[terms.length];
      for (int j = 0; j < n; j++) {
        terms[j] = w.terms()[j];
        weights[j] = w.weights()[j] * HALF;
      }
      System.arraycopy(e.terms(), 0, terms, n, e.terms().length);
      System.arraycopy(e.weights(), 0, weights, n, e.terms().length);
      vectors.add(new SparseVector(terms, weights));
    }
    return TextFeatures.of(vectors, offset + dimensions);
  }

  /** One embedding as terms {@code offset..}, L2-normalised, times {@code scale}. */
  private static SparseVector dense(float[] embedding, int offset, double scale) {
    double norm = 0;
    for (float x : embedding) {
      norm += (double) x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return new SparseVector(new int[0], new double[0]);
    }
    int[] terms = new int[embedding.length];
    double[] weights = new double[embedding.length];
    for (int j = 0; j < embedding.length; j++) {
      terms[j] = offset + j;
      weights[j] = embedding[j] / norm * scale;
    }
    return new SparseVector(terms, weights);
  }

  private static int dimensions(float[][] embeddings) {
    if (embeddings.length == 0) {
      throw new IllegalArgumentException("no embeddings");
    }
    int dimensions = embeddings[0].length;
    for (int i = 1; i < embeddings.length; i++) {
      if (embeddings[i].length != dimensions) {
        throw new IllegalArgumentException(
            "embedding " + i + " has " + embeddings[i].length + " dimensions, not " + dimensions);
      }
    }
    return dimensions;
  }
}
