package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow simulate} on a small seeded labelled set written by the test. */
class SimulateCliTest {
  @TempDir Path tmp;

  /** 300 rows, 15 relevant: relevant abstracts lean on a few topic words. */
  private String labelledSet() throws Exception {
    Random random = new Random(3);
    StringBuilder csv = new StringBuilder("record_id,title,abstract,label_included\n");
    for (int i = 0; i < 300; i++) {
      boolean relevant = i % 20 == 7;
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        boolean topic = relevant ? random.nextInt(3) == 0 : random.nextInt(50) == 0;
        text.append(topic ? "topic" + random.nextInt(10) : "word" + random.nextInt(300))
            .append(' ');
      }
      csv.append("P")
          .append(i)
          .append(",Title ")
          .append(i)
          .append(',')
          .append(text)
          .append(',')
          .append(relevant ? 1 : 0)
          .append('\n');
    }
    Path f = tmp.resolve("set.csv");
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return f.toString();
  }

  @Test
  void jsonKeysAreTheDocumentedOnes() throws Exception {
    String in = labelledSet();
    Path curve = tmp.resolve("curve.csv");
    Cli r =
        Cli.run(
            "simulate",
            "--input",
            in,
            "--seed",
            "4",
            "--stop",
            "hypergeometric",
            "--curve",
            curve.toString(),
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "input",
            "label",
            "model",
            "model_settings",
            "seed",
            "prior_included",
            "prior_excluded",
            "batch",
            "records",
            "relevant",
            "wss95",
            "wss100",
            "rrf10",
            "records_to_95",
            "records_to_100",
            "trainings",
            "stop",
            "recall_at_stop",
            "screened_at_stop",
            "stop_check",
            "curve",
            "vocabulary",
            "balance",
            "pseudo_negatives"),
        keys);
    assertEquals("weights", j.get("balance").asText(), "balanced class weights by default");
    assertEquals(0, j.get("pseudo_negatives").asInt());
    assertEquals("title-words", j.get("vocabulary").asText(), "the default features");
    List<String> stopKeys = new ArrayList<>();
    j.get("stop_check").fieldNames().forEachRemaining(stopKeys::add);
    assertEquals(
        List.of(
            "target_recall",
            "confidence",
            "p_value",
            "stopped",
            "recall_lower_bound",
            "relevant_left_upper_bound",
            "records_left"),
        stopKeys);
    assertEquals(300, j.get("records").asInt());
    assertEquals(15, j.get("relevant").asInt());
    assertEquals("logistic", j.get("model").asText());
    assertTrue(j.get("wss95").asDouble() > 0.5, j.toString());
    assertTrue(j.get("recall_at_stop").asDouble() >= 0.0);
    assertEquals(
        300 - j.get("screened_at_stop").asInt(), j.get("stop_check").get("records_left").asInt());
    List<String> lines = Files.readAllLines(curve);
    assertEquals("screened,record_id,relevant,relevant_found,recall", lines.get(0));
    assertEquals(301, lines.size());
    assertTrue(lines.get(300).endsWith(",15,1.0000"), lines.get(300));

    Cli again =
        Cli.run("simulate", "--input", in, "--seed", "4", "--stop", "hypergeometric", "--json");
    assertEquals(j.get("wss95"), again.json().get("wss95"), "deterministic for a seed");
    assertEquals(j.get("screened_at_stop"), again.json().get("screened_at_stop"));
  }

  @Test
  void withoutStopTheStopKeysAreNull() throws Exception {
    Cli r = Cli.run("simulate", "--input", labelledSet(), "--model", "nb", "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.json().get("recall_at_stop").isNull());
    assertTrue(r.json().get("screened_at_stop").isNull());
    assertEquals("nb", r.json().get("model").asText());
  }

  @Test
  void kneeStopIsDeterministicAndGivesNoStatisticalEvidence() throws Exception {
    String in = labelledSet();
    Cli r = Cli.run("simulate", "--input", in, "--seed", "4", "--stop", "knee", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals("knee", j.get("stop").asText());
    assertTrue(j.get("stop_check").isNull(), "a heuristic has no p-value or bound");
    int at = j.get("screened_at_stop").asInt();
    assertTrue(at >= 150 && at <= 300, "the knee method screens at least 150: " + at);
    assertTrue(j.get("recall_at_stop").asDouble() > 0);
    Cli again = Cli.run("simulate", "--input", in, "--seed", "4", "--stop", "knee", "--json");
    assertEquals(j.get("screened_at_stop"), again.json().get("screened_at_stop"));
    assertEquals(j.get("recall_at_stop"), again.json().get("recall_at_stop"));
    Cli text = Cli.run("simulate", "--input", in, "--seed", "4", "--stop", "knee");
    assertTrue(text.out().contains("stop (knee, heuristic, no statistical guarantee)"), text.out());
  }

  @Test
  void theVocabularyChangesTheFeaturesAndIsReported() throws Exception {
    String in = labelledSet();
    Cli words = Cli.run("simulate", "--input", in, "--vocabulary", "words", "--json");
    assertEquals(0, words.exitCode(), words.err());
    assertEquals("words", words.json().get("vocabulary").asText());
    Cli bigrams = Cli.run("simulate", "--input", in, "--vocabulary", "bigrams", "--json");
    assertEquals("bigrams", bigrams.json().get("vocabulary").asText());
  }

  @Test
  void theTrainingSetOptionsAreAppliedReportedAndDeterministic() throws Exception {
    String in = labelledSet();
    Cli weights = Cli.run("simulate", "--input", in, "--seed", "2", "--json");
    Cli doubled =
        Cli.run("simulate", "--input", in, "--seed", "2", "--balance", "double", "--json");
    assertEquals(0, doubled.exitCode(), doubled.err());
    assertEquals("double", doubled.json().get("balance").asText());
    assertEquals("logistic", doubled.json().get("model").asText(), "the model as --model names it");
    assertTrue(
        doubled.json().get("model_settings").asText().contains("class weights equal; double"),
        doubled.json().toString());
    assertFalse(
        weights.json().get("model_settings").asText().contains("double"),
        weights.json().toString());
    Cli padded =
        Cli.run("simulate", "--input", in, "--seed", "2", "--pseudo-negatives", "100", "--json");
    assertEquals(0, padded.exitCode(), padded.err());
    assertEquals(100, padded.json().get("pseudo_negatives").asInt());
    assertTrue(
        padded.json().get("model_settings").asText().contains("100 random pseudo-negatives"),
        padded.json().toString());
    Cli again =
        Cli.run("simulate", "--input", in, "--seed", "2", "--pseudo-negatives", "100", "--json");
    assertEquals(padded.json(), again.json(), "deterministic for a seed");
    assertEquals(
        2,
        Cli.run("simulate", "--input", in, "--balance", "double", "--pseudo-negatives", "100")
            .exitCode());
    assertEquals(2, Cli.run("simulate", "--input", in, "--balance", "smote").exitCode());
    assertEquals(2, Cli.run("simulate", "--input", in, "--pseudo-negatives", "-1").exitCode());
  }

  @Test
  void humanText() throws Exception {
    Cli r = Cli.run("simulate", "--input", labelledSet(), "--stop", "hypergeometric");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("WSS@95"), r.out());
    assertTrue(r.out().contains("stop (hypergeometric): after"), r.out());
  }

  @Test
  void aMissingLabelColumnExits3NamingFileLineAndColumn() throws Exception {
    String in = labelledSet();
    Cli r = Cli.run("simulate", "--input", in, "--label", "label_abstract_screening");
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(in + ":1: field label_abstract_screening"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void noIncludesExits3() throws Exception {
    Path f = tmp.resolve("none.csv");
    Files.writeString(f, "title,abstract,label_included\nA,b,0\nC,d,0\n");
    Cli r = Cli.run("simulate", "--input", f.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(f + ":1: field label_included"), r.err());
    assertTrue(r.err().contains("include"), r.err());
  }

  @Test
  void aBadLabelExits3WithItsLine() throws Exception {
    Path f = tmp.resolve("bad.csv");
    Files.writeString(f, "title,abstract,label_included\nA,b,1\nC,d,0\nE,f,x\n");
    Cli r = Cli.run("simulate", "--input", f.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(f + ":4: field label_included"), r.err());
  }

  @Test
  void usageErrorsExit2() throws Exception {
    String in = labelledSet();
    assertEquals(2, Cli.run("simulate", "--input", in, "--model", "forest").exitCode());
    assertEquals(2, Cli.run("simulate", "--input", in, "--stop", "never").exitCode());
    assertEquals(2, Cli.run("simulate", "--input", in, "--vocabulary", "trigrams").exitCode());
    assertEquals(2, Cli.run("simulate", "--input", in, "--prior-included", "0").exitCode());
    assertEquals(2, Cli.run("simulate").exitCode());
  }

  @Test
  void morePriorKnowledgeThanTheSetHoldsIsBadInput() throws Exception {
    Cli r = Cli.run("simulate", "--input", labelledSet(), "--prior-included", "16");
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("15 relevant"), r.err());
  }

  @Test
  void benchRankingTimesEachModel() throws Exception {
    Cli r =
        Cli.run(
            "bench",
            "ranking",
            "--input",
            labelledSet(),
            "--records",
            "600",
            "--runs",
            "2",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals(600, j.get("records").asInt());
    assertEquals(3, j.get("models").size());
    assertTrue(j.get("models").get(0).get("median_ms").asDouble() > 0);
  }
}
