package org.winnow.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/**
 * Words as PubMed and Ovid index them: punctuation between letters separates words, so that
 * "controlled trial.Setting:8" holds the words setting and 8, as in the databases; a decimal point
 * between digits stays in the number.
 */
class CitationAnalyzerTest {
  @TempDir Path tmp;

  static List<String> words(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = new CitationAnalyzer();
        TokenStream ts = a.tokenStream("abstract", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void punctuationBetweenLettersSeparatesWords() throws Exception {
    assertEquals(
        List.of("controlled", "trial", "setting", "8"), words("controlled trial.Setting:8"));
    assertEquals(List.of("design", "randomized"), words("Design:Randomized"));
    assertEquals(List.of("ca", "125"), words("Ca-125"));
    assertEquals(List.of("alzheimer", "s", "disease"), words("Alzheimer's disease"));
    assertEquals(List.of("patients", "n", "40"), words("patients (n=40)"));
    assertEquals(List.of("and", "or"), words("and/or"));
    assertEquals(List.of("e", "mail"), words("e_mail"));
  }

  @Test
  void decimalNumbersStayWholeAndAccentsFold() throws Exception {
    assertEquals(List.of("2.5", "mg", "kg"), words("2.5 mg/kg"));
    assertEquals(List.of("p", "0.05"), words("p<0.05."));
    assertEquals(List.of("cafe", "naive"), words("Café naïve"));
    assertEquals(List.of("1", "2", "3"), words("1,2,3"));
  }

  @Test
  void offsetsPointAtTheWordsAndLongRunsAreCut() throws Exception {
    try (Analyzer a = new CitationAnalyzer();
        TokenStream ts = a.tokenStream("title", "ab,cd")) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      assertTrue(ts.incrementToken());
      assertEquals(0, offset.startOffset());
      assertEquals(2, offset.endOffset());
      assertTrue(ts.incrementToken());
      assertEquals(3, offset.startOffset());
      assertEquals(5, offset.endOffset());
      assertFalse(ts.incrementToken());
      ts.end();
    }
    List<String> longWord = words("x".repeat(600));
    assertEquals(3, longWord.size());
    assertEquals(255, longWord.get(0).length());
  }

  @Test
  void theIndexFindsWordsJoinedByPunctuation() throws Exception {
    try (CitationIndex index = CitationIndex.open(tmp.resolve("index"))) {
      index.rebuild(
          consumer -> {
            consumer.accept(record(1, "A randomised controlled trial.Setting:8 hospitals"));
            consumer.accept(record(2, "Cohort. Design:Randomized allocation"));
          },
          1);
      assertEquals(1, index.search("setting", 10).total());
      assertEquals(1, index.search("randomized", 10).total());
      assertEquals(1, index.search("\"trial setting\"", 10).total());
    }
  }

  @Test
  void anIndexWrittenWithTheEarlierTokeniserIsRebuilt() throws Exception {
    Path folder = tmp.resolve("old");
    try (CitationIndex index = CitationIndex.open(folder)) {
      index.rebuild(consumer -> consumer.accept(record(1, "Design:Randomized")), 5);
      assertTrue(index.isCurrent(5));
    }
    // stamp the same documents with the schema before this tokeniser
    try (var dir = FSDirectory.open(folder);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new CitationAnalyzer()))) {
      w.setLiveCommitData(
          Map.of(
                  CitationIndex.SCHEMA_KEY,
                  String.valueOf(CitationIndex.SCHEMA_VERSION - 1),
                  CitationIndex.DATA_VERSION_KEY,
                  "5")
              .entrySet());
      w.commit();
    }
    try (var dir = FSDirectory.open(folder);
        DirectoryReader r = DirectoryReader.open(dir)) {
      assertEquals(
          String.valueOf(CitationIndex.SCHEMA_VERSION - 1),
          r.getIndexCommit().getUserData().get(CitationIndex.SCHEMA_KEY));
    }
    try (CitationIndex index = CitationIndex.open(folder)) {
      assertFalse(index.isCurrent(5), "an index of the earlier schema is stale");
    }
  }

  private static Record record(long id, String title) {
    Bibliographic f =
        new Bibliographic(
            "JOUR",
            title,
            null,
            List.of(new Author("Smith", "J")),
            2001,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            null);
    return new Record(id, 1, id, (int) id, 1, null, List.of(), f);
  }
}
