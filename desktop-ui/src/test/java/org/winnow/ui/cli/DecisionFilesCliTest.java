package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.Fixtures;

/**
 * Decision files as people have them (issue 12): separators, value words, ASReview and Rayyan
 * exports, broken quotes, and every bad row named with nothing stored.
 */
class DecisionFilesCliTest {
  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void project() throws Exception {
    dir = tmp.resolve("review").toString();
    StringBuilder ris = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      ris.append("TY  - JOUR\nID  - r")
          .append(i)
          .append("\nTI  - Perinatal care study ")
          .append(i)
          .append("\nAU  - Lima, Ana\nPY  - 202")
          .append(i)
          .append("\nER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("records.ris"), ris);
    assertEquals(0, Cli.run("init", dir).exitCode());
    Cli imported =
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database");
    assertEquals(0, imported.exitCode(), imported.err());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ana Lima").exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ben Okafor").exitCode());
  }

  private Cli screen(String reviewer, Path decisions) {
    return Cli.run(
        "screen",
        dir,
        "--stage",
        "title-abstract",
        "--reviewer",
        reviewer,
        "--decisions",
        decisions.toString(),
        "--json");
  }

  private int screened(String reviewer) {
    for (JsonNode p : Cli.run("progress", dir, "--json").json().get("progress")) {
      if (p.get("stage").asText().equals("title-abstract")
          && p.get("reviewer").asText().equals(reviewer)) {
        return p.get("screened").asInt();
      }
    }
    throw new AssertionError("no progress row for " + reviewer);
  }

  @Test
  void semicolonsAndYesNo() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("d.csv"), "record_id;decision;reason;note\nr1;yes;;\nr2;No;;too old\n");
    Cli r = screen("Ana Lima", f);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, r.json().get("decisions").asInt());
  }

  @Test
  void tabsOnesAndZerosWithAByteOrderMarkAndCapitalisedHeaders() throws Exception {
    Path f = tmp.resolve("d.tsv");
    Files.write(
        f,
        ("\uFEFFRecord ID\tDecision\tNote\nr1\t1\t\nr2\t0\tno\nr3\ttrue\t\nr4\tFALSE\t\n")
            .getBytes(StandardCharsets.UTF_8));
    Cli r = screen("Ana Lima", f);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(4, r.json().get("decisions").asInt());
  }

  @Test
  void anAsreviewExportWithUnlabelledRows() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("asreview_result.csv"),
            "record_id,title,abstract,included,asreview_ranking\n"
                + "r1,Perinatal care study 1,,1,1\n"
                + "r2,Perinatal care study 2,,0,2\n"
                + "r3,Perinatal care study 3,,,3\n"
                + "r4,Perinatal care study 4,,,4\n");
    Cli r = screen("Ana Lima", f);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, r.json().get("decisions").asInt(), "unlabelled rows are not decisions");
    assertEquals(2, r.json().get("skipped").asInt());
    assertEquals(2, screened("Ana Lima"));
  }

  @Test
  void aRayyanExportCarriesItsDecisionsInTheNotes() throws Exception {
    Path rayyan =
        Fixtures.shared()
            .map(
                p ->
                    p.resolve("formats/asreview-citation-file-formatting/CSV/_baseline_rayyan.csv"))
            .orElse(null);
    assumeTrue(rayyan != null && Files.exists(rayyan), "shared fixtures absent");
    String other = tmp.resolve("rayyan-review").toString();
    assertEquals(0, Cli.run("init", other).exitCode());
    Cli imported =
        Cli.run(
            "import", other, rayyan.toString(), "--source", "Embase", "--source-type", "database");
    assertEquals(0, imported.exitCode(), imported.err());
    assertEquals(0, Cli.run("reviewer", "add", other, "Emily").exitCode());
    Cli r =
        Cli.run(
            "screen",
            other,
            "--stage",
            "title-abstract",
            "--reviewer",
            "Emily",
            "--decisions",
            rayyan.toString(),
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    // the export has 10 records: 6 labelled (2 Included, 2 Maybe, 2 Excluded), 4 not yet
    assertEquals(6, r.json().get("decisions").asInt());
    assertEquals(4, r.json().get("skipped").asInt());
  }

  @Test
  void aBrokenQuoteNamesLineAndColumnNotAJavaClass() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("d.csv"),
            "record_id,decision,note\nr1,include,\nr2,exclude,\"never closed\n");
    Cli r = screen("Ana Lima", f);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("d.csv:3"), r.err());
    assertTrue(r.err().contains("column 3"), r.err());
    assertFalse(r.err().contains("org.apache"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(0, screened("Ana Lima"), "nothing stored");
  }

  @Test
  void everyBadRowIsNamedAndNothingIsStored() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("d.csv"),
            "record_id,decision,reason,note\n"
                + "r1,include,,\n"
                + "nope,include,,\n"
                + "r2,perhaps,,\n"
                + "r3,exclude,No such reason,\n"
                + ",include,,\n"
                + "r4,exclude,,\n");
    Cli r = screen("Ana Lima", f);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("d.csv:3: field record_id"), r.err());
    assertTrue(r.err().contains("d.csv:4: field decision"), r.err());
    assertTrue(r.err().contains("d.csv:5: field reason"), r.err());
    assertTrue(r.err().contains("d.csv:6: field record_id"), r.err());
    assertFalse(r.err().contains("d.csv:2"), r.err());
    assertFalse(r.err().contains("d.csv:7"), r.err());
    assertEquals(0, screened("Ana Lima"), "nothing stored");
  }

  @Test
  void aMissingColumnIsNamed() throws Exception {
    Path f = Files.writeString(tmp.resolve("d.csv"), "id,verdict_of_doom\nr1,include\n");
    Cli r = screen("Ana Lima", f);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("d.csv:1"), r.err());
    assertTrue(r.err().contains("decision"), r.err());
  }
}
