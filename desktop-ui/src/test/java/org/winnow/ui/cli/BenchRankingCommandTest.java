package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking benchmark on a small labelled set: it reports its vocabulary (no timing asserted).
 */
class BenchRankingCommandTest {
  @TempDir Path tmp;

  private String set() throws Exception {
    StringBuilder csv = new StringBuilder("title,abstract,label_included\n");
    for (int i = 0; i < 40; i++) {
      csv.append("Trial of drug")
          .append(i % 4)
          .append(",drug")
          .append(i % 5)
          .append(" heart failure outcome")
          .append(i % 3)
          .append(',')
          .append(i % 8 == 0 ? 1 : 0)
          .append('\n');
    }
    Path f = tmp.resolve("set.csv");
    Files.writeString(f, csv);
    return f.toString();
  }

  private static Cli bench(String in, String vocabulary) {
    return Cli.run(
        "bench",
        "ranking",
        "--input",
        in,
        "--records",
        "40",
        "--runs",
        "1",
        "--model",
        "nb",
        "--vocabulary",
        vocabulary,
        "--json");
  }

  @Test
  void theVocabularyIsReportedAndChangesTheFeatures() throws Exception {
    String in = set();
    Cli words = bench(in, "words");
    assertEquals(0, words.exitCode(), words.err());
    assertEquals("words", words.json().get("vocabulary").asText());
    Cli title = bench(in, "title-words");
    assertEquals(0, title.exitCode(), title.err());
    // title words: trial, of, drug0..drug3 again as title features
    assertTrue(
        title.json().get("features").asInt() > words.json().get("features").asInt(), title.out());
    Cli bigrams = bench(in, "bigrams");
    assertTrue(bigrams.json().get("features").asInt() > words.json().get("features").asInt());
  }

  @Test
  void anUnknownVocabularyIsAUsageError() throws Exception {
    assertEquals(2, bench(set(), "trigrams").exitCode());
  }
}
