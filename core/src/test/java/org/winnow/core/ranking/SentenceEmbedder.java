package org.winnow.core.ranking;

import java.util.List;
import java.util.Optional;

/**
 * A sentence-embedding model that runs in the process, for the measurements of
 * docs/prioritisation.md. The one measured, all-MiniLM-L6-v2 ({@code MiniLmEmbedder}), is compiled
 * only with the Maven profile {@code embeddings} (core/pom.xml); without it {@link #miniLm()} is
 * empty and the evidence harness leaves the embedding candidates out.
 */
interface SentenceEmbedder {
  /** The model's name and version, part of the cache key. */
  String model();

  /** One vector per text, in order; a blank text gets a zero vector. */
  float[][] embed(List<String> texts);

  /** The most word pieces (special tokens included) of a text the model reads; the rest is cut. */
  int limit();

  /** A text's word pieces, special tokens included, before any cut. */
  int pieces(String text);

  /** The class compiled by the {@code embeddings} profile. */
  String MINI_LM = "org.winnow.core.ranking.MiniLmEmbedder";

  /** Whether the profile compiled the model's class (cheap: does not load the model). */
  static boolean available() {
    try {
      Class.forName(MINI_LM, false, SentenceEmbedder.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** all-MiniLM-L6-v2 when the profile compiled it, else empty. */
  static Optional<SentenceEmbedder> miniLm() {
    Class<?> type;
    try {
      type = Class.forName(MINI_LM);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    try {
      return Optional.of((SentenceEmbedder) type.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start " + MINI_LM + ": " + e, e);
    }
  }
}
