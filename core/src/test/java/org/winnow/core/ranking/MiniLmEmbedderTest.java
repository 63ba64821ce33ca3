package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The real model (profile {@code embeddings} only): shape, length, meaning and its cut-off. */
class MiniLmEmbedderTest {
  private final SentenceEmbedder embedder = SentenceEmbedder.miniLm().orElseThrow();

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void unitVectorsOf384DimensionsAndZeroForBlankText() {
    float[][] v = embedder.embed(List.of("Beta blockers after myocardial infarction", "  "));
    assertEquals(384, v[0].length);
    assertEquals(1, dot(v[0], v[0]), 1e-4);
    assertArrayEquals(new float[384], v[1]);
  }

  @Test
  void similarMeaningIsCloserThanUnrelatedText() {
    float[][] v =
        embedder.embed(
            List.of(
                "Beta blockers reduce mortality after myocardial infarction",
                "Metoprolol lowers death rates in patients after a heart attack",
                "A survey of software engineering experiments in industry"));
    assertTrue(dot(v[0], v[1]) > dot(v[0], v[2]) + 0.2, dot(v[0], v[1]) + " vs " + dot(v[0], v[2]));
  }

  @Test
  void wordsPastTheTokenizersCutOffChangeNothing() {
    // 200 words, each one word piece: the tokenizer keeps [CLS], the first 126 and [SEP]
    String words =
        IntStream.range(0, 200).mapToObj(i -> i % 2 == 0 ? "heart" : "trial").collect(joining());
    String longer = words + " " + "software engineering survey ".repeat(50);
    String shorter =
        IntStream.range(0, 130).mapToObj(i -> i % 2 == 0 ? "heart" : "trial").collect(joining());
    String cutBefore =
        IntStream.range(0, 100).mapToObj(i -> i % 2 == 0 ? "heart" : "trial").collect(joining())
            + " software engineering survey";
    assertEquals(202, embedder.pieces(words));
    float[][] v = embedder.embed(List.of(words, longer, shorter, cutBefore));
    assertArrayEquals(v[0], v[1], 1e-6f);
    assertArrayEquals(v[0], v[2], 1e-6f);
    assertTrue(dot(v[0], v[3]) < 0.999, "words before the cut-off count: " + dot(v[0], v[3]));
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(" ");
  }
}
