package org.winnow.core.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.winnow.core.index.CitationAnalyzer;

/**
 * TF-IDF features of a fixed set of items, words made as the project's Lucene index makes them
 * ({@link CitationAnalyzer}: split at punctuation, lower-cased, accent-folded). Title, abstract,
 * keywords and MeSH form one bag of words; by default ({@link #DEFAULT_VOCABULARY}) the title's
 * words are also features of their own, so a word in the title can weigh more than elsewhere.
 * Weights: sublinear term frequency {@code 1 + ln tf} times smoothed IDF {@code ln((1 + n) / (1 +
 * df)) + 1}, each vector L2-normalised (as scikit-learn's {@code
 * TfidfVectorizer(sublinear_tf=True)}, which ASReview uses). Words found in fewer than {@link
 * #MIN_DOCUMENT_FREQUENCY} items are dropped: they cannot generalise.
 *
 * <p>The IDF is computed over all items, screened or not (no labels are used), as ASReview does.
 *
 * <p>{@link Vocabulary} names the vocabularies measured in docs/prioritisation.md: words only,
 * words and pairs of adjacent words (word bigrams, within one part), words and title words.
 */
public final class TextFeatures {
  /** A word must occur in this many items to become a feature. */
  public static final int MIN_DOCUMENT_FREQUENCY = 2;

  private final List<SparseVector> vectors;
  private final int dimensions;

  private TextFeatures(List<SparseVector> vectors, int dimensions) {
    this.vectors = vectors;
    this.dimensions = dimensions;
  }

  /** What becomes a feature (each kept when it occurs in at least two items). */
  public enum Vocabulary {
    /** The words of title, abstract, keywords and MeSH (the default until session 6). */
    WORDS("words"),
    /** The words, and every pair of adjacent words within one part. */
    WORDS_AND_BIGRAMS("bigrams"),
    /** The words, and the title's words again as title features (the default). */
    WORDS_AND_TITLE_WORDS("title-words");

    private final String id;

    Vocabulary(String id) {
      this.id = id;
    }

    /** Stable id, as {@code --vocabulary} names it. */
    public String id() {
      return id;
    }

    public static List<String> ids() {
      return NamedChoices.ids(Vocabulary.class, Vocabulary::id);
    }

    public static Vocabulary of(String id) {
      return NamedChoices.of(Vocabulary.class, Vocabulary::id, "vocabulary", id);
    }
  }

  /**
   * The vocabulary of every ranking (projects, the window, {@code simulate}, {@code bench}): chosen
   * by leave-one-set-out on the labelled sets in every fold (docs/prioritisation.md).
   */
  public static final Vocabulary DEFAULT_VOCABULARY = Vocabulary.WORDS_AND_TITLE_WORDS;

  /** A title feature's prefix; the analyzer splits at ':', so no word begins with it. */
  private static final String TITLE = "title:";

  /** Features with the {@link #DEFAULT_VOCABULARY}. */
  public static TextFeatures of(List<RankingText> texts) {
    return of(texts, DEFAULT_VOCABULARY);
  }

  public static TextFeatures of(List<RankingText> texts, Vocabulary vocabulary) {
    List<Map<String, Integer>> counts = new ArrayList<>(texts.size());
    Map<String, Integer> documentFrequency = new HashMap<>();
    boolean bigrams = vocabulary == Vocabulary.WORDS_AND_BIGRAMS;
    try (Analyzer analyzer = new CitationAnalyzer()) {
      for (RankingText text : texts) {
        Map<String, Integer> tf = new HashMap<>();
        for (String part : text.parts()) {
          words(analyzer, part, "", bigrams, tf);
        }
        if (vocabulary == Vocabulary.WORDS_AND_TITLE_WORDS) {
          words(analyzer, text.title(), TITLE, false, tf);
        }
        counts.add(tf);
        for (String word : tf.keySet()) {
          documentFrequency.merge(word, 1, Integer::sum);
        }
      }
    }
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : documentFrequency.entrySet()) {
      if (e.getValue() >= MIN_DOCUMENT_FREQUENCY) {
        kept.add(e.getKey());
      }
    }
    kept.sort(null); // term indices independent of hash order
    Map<String, Integer> index = new HashMap<>();
    double[] idf = new double[kept.size()];
    int n = texts.size();
    for (int i = 0; i < kept.size(); i++) {
      index.put(kept.get(i), i);
      idf[i] = Math.log((1.0 + n) / (1.0 + documentFrequency.get(kept.get(i)))) + 1;
    }
    List<SparseVector> vectors = new ArrayList<>(n);
    for (Map<String, Integer> tf : counts) {
      int[] terms = new int[tf.size()];
      int size = 0;
      for (String word : tf.keySet()) {
        Integer i = index.get(word);
        if (i != null) {
          terms[size++] = i;
        }
      }
      terms = Arrays.copyOf(terms, size);
      Arrays.sort(terms);
      double[] weights = new double[size];
      double norm = 0;
      for (int j = 0; j < size; j++) {
        weights[j] = (1 + Math.log(tf.get(kept.get(terms[j])))) * idf[terms[j]];
        norm += weights[j] * weights[j];
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < size && norm > 0; j++) {
        weights[j] /= norm;
      }
      vectors.add(new SparseVector(terms, weights));
    }
    return new TextFeatures(List.copyOf(vectors), kept.size());
  }

  /**
   * Features made elsewhere, one vector per item, every term below {@code dimensions} (for the
   * measurements of docs/prioritisation.md, e.g. sentence embeddings; no ranking of a project uses
   * it).
   */
  static TextFeatures of(List<SparseVector> vectors, int dimensions) {
    for (int i = 0; i < vectors.size(); i++) {
      int[] terms = vectors.get(i).terms();
      for (int j = 0; j < terms.length; j++) {
        if (terms[j] < 0 || terms[j] >= dimensions || (j > 0 && terms[j] <= terms[j - 1])) {
          throw new IllegalArgumentException(
              "item "
                  + i
                  + ": terms must ascend within 0.."
                  + (dimensions - 1)
                  + ", found "
                  + terms[j]
                  + " at "
                  + j);
        }
      }
    }
    return new TextFeatures(List.copyOf(vectors), dimensions);
  }

  /** Counts a part's words (with {@code prefix}), and with {@code bigrams} its adjacent pairs. */
  private static void words(
      Analyzer analyzer, String text, String prefix, boolean bigrams, Map<String, Integer> tf) {
    if (text.isBlank()) {
      return;
    }
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String previous = null;
      while (stream.incrementToken()) {
        String word = term.toString();
        tf.merge(prefix + word, 1, Integer::sum);
        if (bigrams && previous != null) {
          tf.merge(previous + ' ' + word, 1, Integer::sum); // words hold no space
        }
        previous = word;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  public int size() {
    return vectors.size();
  }

  /** The number of distinct features (words kept). */
  public int dimensions() {
    return dimensions;
  }

  public SparseVector vector(int item) {
    return vectors.get(item);
  }
}
