package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk resolution (issue 12): {@code resolve --decisions} and {@code dedup --resolve-file} settle
 * many items in one transaction, or name every bad row and store nothing.
 */
class BulkResolutionCliTest {
  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void fourConflicts() throws Exception {
    dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      ris.append("TY  - JOUR\nID  - r")
          .append(i)
          .append("\nTI  - A distinct title about topic number ")
          .append(i * 7919)
          .append("\nPY  - 20")
          .append(10 + i)
          .append("\nER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("records.ris"), ris);
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());
    for (String name : new String[] {"Ana", "Ben", "Chen"}) {
      assertEquals(0, Cli.run("reviewer", "add", dir, name).exitCode());
    }
    Path ana =
        Files.writeString(
            tmp.resolve("ana.csv"),
            "record_id,decision\nr1,include\nr2,include\nr3,include\nr4,include\nr5,include\n");
    Path ben =
        Files.writeString(
            tmp.resolve("ben.csv"),
            "record_id,decision\nr1,exclude\nr2,exclude\nr3,exclude\nr4,exclude\nr5,include\n");
    for (Object[] who : new Object[][] {{"Ana", ana}, {"Ben", ben}}) {
      Cli r =
          Cli.run(
              "screen",
              dir,
              "--stage",
              "title-abstract",
              "--reviewer",
              (String) who[0],
              "--decisions",
              who[1].toString());
      assertEquals(0, r.exitCode(), r.err());
    }
    assertEquals(4, conflicts());
  }

  private int conflicts() {
    JsonNode j = Cli.run("conflicts", dir, "--stage", "title-abstract", "--json").json();
    return j.get("conflicts").size();
  }

  private Cli resolve(Path file) {
    return Cli.run(
        "resolve",
        dir,
        "--stage",
        "title-abstract",
        "--decisions",
        file.toString(),
        "--by",
        "Chen",
        "--json");
  }

  @Test
  void aFileSettlesEveryConflictInOneCommand() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("resolutions.csv"),
            "record_id;decision;reason;note\nr1;include;;\nr2;exclude;;off topic\nr3;yes;;\nr4;no;;\n");
    Cli r = resolve(f);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(4, r.json().get("resolutions").asInt());
    assertEquals(0, conflicts());
  }

  @Test
  void everyBadRowIsNamedAndNoConflictIsSettled() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("resolutions.csv"),
            "record_id,decision,reason,note\n"
                + "r1,include,,\n"
                + "nope,include,,\n"
                + "r2,maybe,,\n"
                + "r6,include,,\n"
                + "r3,sideways,,\n"
                + "r4,exclude,,\n");
    Cli r = resolve(f);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("resolutions.csv:3: field record_id"), r.err());
    assertTrue(r.err().contains("resolutions.csv:4: field decision"), r.err());
    assertTrue(r.err().contains("resolutions.csv:5: field record_id"), r.err()); // awaits decisions
    assertTrue(r.err().contains("resolutions.csv:6: field decision"), r.err());
    assertTrue(r.err().contains("4 bad rows"), r.err());
    assertEquals(4, conflicts(), "nothing stored: r1 is not settled either");
  }

  @Test
  void usageErrorsStayUsageErrors() throws Exception {
    Path f = Files.writeString(tmp.resolve("r.csv"), "record_id,decision\nr1,include\n");
    assertEquals(
        2,
        Cli.run("resolve", dir, "--stage", "title-abstract", "--item", "r1", "--by", "Chen")
            .exitCode(),
        "--item without --decision");
    assertEquals(
        2,
        Cli.run(
                "resolve",
                dir,
                "--stage",
                "title-abstract",
                "--decisions",
                f.toString(),
                "--decision",
                "include",
                "--by",
                "Chen")
            .exitCode(),
        "--decisions with --decision");
    assertEquals(
        2,
        Cli.run(
                "resolve",
                dir,
                "--stage",
                "title-abstract",
                "--decisions",
                f.toString(),
                "--item",
                "r1",
                "--by",
                "Chen")
            .exitCode(),
        "--decisions and --item exclude each other");
    assertEquals(4, conflicts());
  }

  @Test
  void aDedupFileDecidesEveryPairOrNone() throws Exception {
    int citations = Cli.run("info", dir, "--json").json().get("citations").asInt();
    Path bad =
        Files.writeString(
            tmp.resolve("pairs.csv"),
            "a,b,verdict\nr1,r2,same\nr3,r3,same\nr4,nope,different\nr5,r6,perhaps\n");
    Cli refused = Cli.run("dedup", dir, "--resolve-file", bad.toString(), "--by", "Ana");
    assertEquals(3, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("pairs.csv:3: field b"), refused.err());
    assertTrue(refused.err().contains("pairs.csv:4: field b"), refused.err());
    assertTrue(refused.err().contains("pairs.csv:5: field verdict"), refused.err());
    assertEquals(
        citations,
        Cli.run("info", dir, "--json").json().get("citations").asInt(),
        "nothing merged");

    Path good =
        Files.writeString(
            tmp.resolve("pairs-ok.tsv"), "A\tB\tVerdict\nr1\tr2\tsame\nr5\tr6\tdifferent\n");
    Cli r = Cli.run("dedup", dir, "--resolve-file", good.toString(), "--by", "Ana", "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, r.json().get("pairs").asInt());
    assertEquals(
        citations - 1, Cli.run("info", dir, "--json").json().get("citations").asInt(), "merged");
  }

  @Test
  void aRepeatedResolveIsAUsageErrorNotAPartOfTheWork() throws Exception {
    int citations = Cli.run("info", dir, "--json").json().get("citations").asInt();
    Cli r =
        Cli.run(
            "dedup",
            dir,
            "--resolve",
            "r1",
            "r2",
            "same",
            "--resolve",
            "r3",
            "r4",
            "same",
            "--by",
            "Ana");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("--resolve-file"), r.err());
    assertEquals(
        citations,
        Cli.run("info", dir, "--json").json().get("citations").asInt(),
        "not even the first pair merged");
  }
}
