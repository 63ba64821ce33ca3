package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.SyntheticCitations;

/**
 * {@code bench dedup} on several record files with their truth files (as a million records are
 * benchmarked, eight files of 125,000), and on one file as before.
 */
class BenchDedupCommandTest {
  @TempDir Path tmp;

  /** Writes a seeded file of records numbered from {@code first}; returns its true duplicates. */
  private int write(String name, long seed, int first) throws Exception {
    try (Writer ris = Files.newBufferedWriter(tmp.resolve(name + ".ris"), StandardCharsets.UTF_8);
        Writer truth =
            Files.newBufferedWriter(tmp.resolve(name + "-truth.csv"), StandardCharsets.UTF_8)) {
      new SyntheticCitations(seed).writeRisWithDuplicates(150, 0.25, first, ris, truth);
    }
    List<String> rows = Files.readAllLines(tmp.resolve(name + "-truth.csv"));
    return rows.stream().skip(1).mapToInt(r -> r.split(";").length - 1).sum();
  }

  private String file(String name) {
    return tmp.resolve(name).toString();
  }

  @Test
  void scoresSeveralFilesAsOneSet() throws Exception {
    int duplicates = write("a", 1, 1) + write("b", 2, 151) + write("c", 3, 301);
    Cli cli =
        Cli.run(
            "bench",
            "dedup",
            "--records",
            file("a.ris"),
            file("b.ris"),
            "--records",
            file("c.ris"),
            "--truth",
            file("a-truth.csv"),
            "--truth",
            file("b-truth.csv"),
            file("c-truth.csv"),
            "--json");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode j = cli.json();
    assertEquals(450, j.get("records").asInt());
    assertEquals(450 - duplicates, j.get("citations").asInt());
    assertEquals(duplicates, j.get("automatic").get("tp").asInt());
    assertEquals(0, j.get("automatic").get("fp").asInt());
    assertEquals(0, j.get("automatic").get("fn").asInt());
  }

  @Test
  void oneFileAsBefore() throws Exception {
    int duplicates = write("a", 1, 1);
    Cli cli =
        Cli.run(
            "bench", "dedup", "--records", file("a.ris"), "--truth", file("a-truth.csv"), "--json");
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode j = cli.json();
    assertEquals(150, j.get("records").asInt());
    assertEquals(duplicates, j.get("automatic").get("tp").asInt());
    for (String key :
        List.of(
            "records",
            "citations",
            "autoMerged",
            "comparedPairs",
            "queue",
            "queuePercentOfRecords",
            "seconds",
            "automatic",
            "queueResolved")) {
      assertEquals(true, j.has(key), key);
    }
  }
}
