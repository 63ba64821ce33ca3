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
 * The screening verbs refuse items in the wrong state (exit 3, nothing written) and say what they
 * did: resolve without a conflict, full-text decisions on reports not retrieved, merges of screened
 * citations.
 */
class ScreeningIntegrityCliTest {
  @TempDir Path tmp;
  String dir;

  static final String RIS =
      """
      TY  - JOUR
      ID  - r1
      TI  - Methadone maintenance in pregnancy: a cohort study
      PY  - 2015
      ER  -\s

      TY  - JOUR
      ID  - r2
      TI  - Naloxone kits distributed by pharmacists
      PY  - 2016
      ER  -\s

      TY  - JOUR
      ID  - r3
      TI  - Smoking cessation counselling in primary care
      PY  - 2017
      ER  -\s
      """;

  @BeforeEach
  void project() throws Exception {
    dir = tmp.resolve("review").toString();
    Path ris = Files.writeString(tmp.resolve("search.ris"), RIS);
    ok("init", dir);
    ok("import", dir, ris.toString(), "--source", "MEDLINE", "--source-type", "database");
    ok("reviewer", "add", dir, "Ana Lima");
    ok("reviewer", "add", dir, "Ben Okafor");
    ok("reviewer", "add", dir, "Chen Wei");
  }

  private Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.out() + r.err());
    return r;
  }

  private void screen(String stage, String item, String reviewer, String decision) {
    ok(
        "screen",
        dir,
        "--stage",
        stage,
        "--reviewer",
        reviewer,
        "--item",
        item,
        "--decision",
        decision);
  }

  /**
   * Reports are created when a writer first needs them; the verbs that only read (and open the
   * project read-only) must work before that, counting the reports still to be created.
   */
  @Test
  void readersWorkBeforeAnyReportIsCreated() throws Exception {
    screen("title-abstract", "r1", "Ana Lima", "include");
    screen("title-abstract", "r1", "Ben Okafor", "include");
    JsonNode fields = ok("prisma", dir, "--json").json().get("fields");
    assertEquals(1, fields.get("dbr_sought_reports").get("n").asInt());
    assertEquals(1, fields.get("fulltext_awaiting").get("n").asInt());
    ok("prisma", dir, "--check");
    ok("progress", dir, "--json");
    ok("conflicts", dir, "--stage", "full-text", "--json");
    ok("agreement", dir, "--stage", "full-text", "--json");
    Path template = tmp.resolve("ana-full-text.csv");
    ok(
        "export",
        dir,
        "--set",
        "awaiting",
        "--for",
        "Ana Lima",
        "--template",
        "--stage",
        "full-text",
        "-o",
        template.toString());
    assertTrue(Files.readString(template).contains("r1"));
    // the writer then creates the report, and the counts are the same
    screen("full-text", "r1", "Ana Lima", "include");
    assertEquals(
        1,
        ok("prisma", dir, "--json")
            .json()
            .get("fields")
            .get("dbr_sought_reports")
            .get("n")
            .asInt());
  }

  @Test
  void resolveWithoutConflictNeedsOverride() {
    screen("title-abstract", "r1", "Ana Lima", "exclude");
    screen("title-abstract", "r1", "Ben Okafor", "exclude");
    Cli refused =
        Cli.run(
            "resolve",
            dir,
            "--stage",
            "title-abstract",
            "--item",
            "r1",
            "--decision",
            "include",
            "--by",
            "Chen Wei");
    assertEquals(3, refused.exitCode(), refused.out() + refused.err());
    assertTrue(refused.err().contains("not in conflict"), refused.err());
    Cli forced =
        ok(
            "resolve",
            dir,
            "--stage",
            "title-abstract",
            "--item",
            "r1",
            "--decision",
            "include",
            "--by",
            "Chen Wei",
            "--override",
            "--json");
    assertTrue(forced.json().get("override").asBoolean());
  }

  @Test
  void reportNotRetrievedCannotBeScreenedUntilRetrievalIsUndone() {
    screen("title-abstract", "r1", "Ana Lima", "include");
    screen("title-abstract", "r1", "Ben Okafor", "include");
    ok("retrieval", dir, "--item", "r1", "--not-retrieved", "--note", "no access");
    Cli refused =
        Cli.run(
            "screen",
            dir,
            "--stage",
            "full-text",
            "--reviewer",
            "Ana Lima",
            "--item",
            "r1",
            "--decision",
            "include");
    assertEquals(3, refused.exitCode(), refused.out() + refused.err());
    assertTrue(refused.err().contains("not retrieved"), refused.err());
    ok("prisma", dir, "--check");

    ok("retrieval", dir, "--item", "r1", "--retrieved");
    screen("full-text", "r1", "Ana Lima", "include");
    screen("full-text", "r1", "Ben Okafor", "include");
    ok("prisma", dir, "--check");
    JsonNode after = ok("prisma", dir, "--json").json();
    assertTrue(after.get("checks").get("ok").asBoolean(), after.toString());
    assertEquals(1, after.get("fields").get("new_reports").get("n").asInt());
  }

  @Test
  void agreementReportsFirstIndependentDecisionsAndRevisions() {
    screen("title-abstract", "r1", "Ana Lima", "include");
    screen("title-abstract", "r1", "Ben Okafor", "exclude");
    screen("title-abstract", "r1", "Ben Okafor", "include");
    JsonNode j = ok("agreement", dir, "--stage", "title-abstract", "--json").json();
    JsonNode pair = j.get("pairs").get(0);
    assertEquals(0.0, pair.get("percentAgreement").asDouble(), 1e-9);
    assertEquals(1, j.get("revisions").size());
    assertEquals("Ben Okafor", j.get("revisions").get(0).get("reviewer").asText());
    assertTrue(j.get("revisions").get(0).get("conflictAtFirst").asBoolean());
  }

  @Test
  void aLateMergeOfScreenedRecordsSaysWhatItDidToTheirDecisions() {
    screen("title-abstract", "r1", "Ana Lima", "include");
    screen("title-abstract", "r1", "Ben Okafor", "include");
    screen("title-abstract", "r2", "Ana Lima", "exclude");
    screen("title-abstract", "r2", "Ben Okafor", "exclude");
    JsonNode merge = ok("dedup", dir, "--resolve", "r1", "r2", "same", "--json").json();
    assertEquals(0, merge.get("decisionsCarried").asInt());
    assertEquals(1, merge.get("conflictsCreated").asInt());
    assertEquals(1, merge.get("screeningConflicts").size());
    Cli text = ok("dedup", dir, "--resolve", "r1", "r2", "same");
    assertTrue(text.out().contains("already one citation"), text.out());

    JsonNode conflicts = ok("conflicts", dir, "--stage", "title-abstract", "--json").json();
    assertEquals(1, conflicts.get("conflicts").size(), conflicts.toString());
    long citation = conflicts.get("conflicts").get(0).get("itemId").asLong();

    ok("dedup", dir, "--split", Long.toString(citation));
    JsonNode after = ok("prisma", dir, "--json").json().get("fields");
    assertEquals(0, after.get("screening_conflicts").get("n").asInt());
    assertEquals(1, after.get("records_excluded").get("n").asInt(), "r2's exclusion is back");
    assertEquals(1, after.get("dbr_sought_reports").get("n").asInt(), "r1's inclusion is back");
  }

  @Test
  void recordsRemovedBeforeScreeningAreCountedPerRecord() throws Exception {
    Path list = Files.writeString(tmp.resolve("robot.txt"), "r1\nr2\n");
    JsonNode removed =
        ok(
                "exclude",
                dir,
                "--items",
                list.toString(),
                "--automatic",
                "--reason",
                "RCT classifier",
                "--by",
                "Kim",
                "--json")
            .json();
    assertEquals(2, removed.get("citations").asInt());
    assertEquals("excluded_automatic", removed.get("field").asText());
    Cli again =
        Cli.run("exclude", dir, "--item", "r1", "--other", "--reason", "dup", "--by", "Kim");
    assertEquals(3, again.exitCode(), again.err());
    Cli noKind = Cli.run("exclude", dir, "--item", "r3", "--reason", "why");
    assertEquals(3, noKind.exitCode(), noKind.err());
    screen("title-abstract", "r3", "Ana Lima", "exclude");
    screen("title-abstract", "r3", "Ben Okafor", "exclude");
    ok("prisma", dir, "--check");
    JsonNode explain = ok("prisma", dir, "--explain", "excluded_automatic", "--json").json();
    assertEquals(2, explain.get("n").asInt());
    assertEquals("derived", explain.get("provenance").asText());
    assertEquals(2, explain.get("items").size());
    ok("exclude", dir, "--item", "r2", "--undo", "--reason", "classifier wrong", "--by", "Kim");
    JsonNode fields = ok("prisma", dir, "--json").json().get("fields");
    assertEquals(1, fields.get("excluded_automatic").get("n").asInt());
    assertEquals(1, fields.get("screening_awaiting").get("n").asInt(), "r2 is back");
  }
}
