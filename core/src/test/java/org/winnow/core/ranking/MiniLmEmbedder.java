package org.winnow.core.ranking;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (sentence-transformers; quantized ONNX export), run in the process on the CPU by
 * ONNX Runtime through langchain4j: 384 dimensions, mean pooling, unit length. Its tokenizer cuts a
 * text at 128 word pieces, [CLS] and [SEP] included (docs/prioritisation.md). Compiled only with
 * the Maven profile {@code embeddings}; found by {@link SentenceEmbedder#miniLm()}.
 */
final class MiniLmEmbedder implements SentenceEmbedder {
  /** Texts handed to the model at once (it spreads them over the cores). */
  private static final int CHUNK = 256;

  /** The tokenizer's cut-off (its tokenizer.json: truncation at 128), special tokens included. */
  static final int LIMIT = 128;

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  /** The model's own tokenizer with the cut switched off, to count what a cut drops. */
  private final HuggingFaceTokenizer uncut;

  MiniLmEmbedder() {
    try (InputStream json =
        AllMiniLmL6V2QuantizedEmbeddingModel.class
            .getClassLoader()
            .getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      if (json == null) {
        throw new IllegalStateException("all-minilm-l6-v2-q-tokenizer.json not in the model's jar");
      }
      uncut =
          HuggingFaceTokenizer.newInstance(json, Map.of("truncation", "false", "padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int limit() {
    return LIMIT;
  }

  @Override
  public int pieces(String text) {
    return uncut.encode(text).getIds().length;
  }

  @Override
  public String model() {
    return "all-MiniLM-L6-v2-q langchain4j-1.19.0-beta29";
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<Integer> at = new ArrayList<>();
    List<TextSegment> chunk = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).isBlank()) {
        vectors[i] = new float[model.dimension()]; // the model refuses blank text
        continue;
      }
      at.add(i);
      chunk.add(TextSegment.from(texts.get(i)));
      if (chunk.size() == CHUNK || i == texts.size() - 1) {
        embed(chunk, at, vectors);
      }
    }
    embed(chunk, at, vectors);
    return vectors;
  }

  private void embed(List<TextSegment> chunk, List<Integer> at, float[][] vectors) {
    if (chunk.isEmpty()) {
      return;
    }
    List<Embedding> embeddings = model.embedAll(chunk).content();
    for (int j = 0; j < at.size(); j++) {
      vectors[at.get(j)] = embeddings.get(j).vector();
    }
    chunk.clear();
    at.clear();
  }
}
