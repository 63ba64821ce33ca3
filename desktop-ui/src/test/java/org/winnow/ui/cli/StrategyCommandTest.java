package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow strategy parse | translate | run}: output, exit codes, positioned errors. */
class StrategyCommandTest {
  @TempDir Path tmp;

  private static final String MEDLINE =
      String.join(
          "\n",
          "PMID- 101",
          "TI  - Feathered dinosaurs of the Jehol biota.",
          "AB  - Feathers preserved in amber.",
          "LA  - eng",
          "DP  - 2019 Mar",
          "MH  - Animals",
          "MH  - *Dinosaurs/anatomy & histology",
          "",
          "PMID- 102",
          "TI  - Sauropod neck posture revisited.",
          "LA  - eng",
          "DP  - 2012",
          "MH  - Dinosaurs",
          "",
          "PMID- 103",
          "TI  - Bird song learning.",
          "LA  - eng",
          "DP  - 2020",
          "MH  - Birds",
          "");

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void parsePrintsTheTreeAsJson() throws Exception {
    Path f = write("s.txt", "exp Dinosaurs/\nfeather$.ti,ab.\n1 and 2");
    Cli r = Cli.run("strategy", "parse", f.toString(), "--dialect", "ovid", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode lines = r.json().get("lines");
    assertEquals(3, lines.size());
    assertEquals("heading", lines.get(0).get("query").get("type").asText());
    assertEquals("and", lines.get(2).get("query").get("type").asText());
  }

  @Test
  void syntaxErrorsAreBadInputWithLineAndColumn() throws Exception {
    Path f = write("bad.txt", "a.ti.\n(b or c.tw.");
    Cli r = Cli.run("strategy", "parse", f.toString(), "--dialect", "ovid");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("bad.txt: line 2, column 1: '(' is never closed"), r.err());
    assertEquals(2, Cli.run("strategy", "parse", f.toString(), "--dialect", "medline").exitCode());
  }

  @Test
  void translateWritesTheStrategyToStdoutAndTheReportToStderr() throws Exception {
    Path f = write("s.txt", "exp Dementia/\n(memory adj3 (declin$ or loss)).tw.\n1 or 2");
    Cli r = Cli.run("strategy", "translate", f.toString(), "--from", "ovid", "--to", "pubmed");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "\"Dementia\"[Mesh]\nmemory[tiab] AND (declin*[tiab] OR loss[tiab])\n#1 OR #2\n", r.out());
    assertTrue(r.err().contains("line 2: lossy: PubMed proximity"), r.err());
  }

  @Test
  void runCountsLinesAndChecksSeeds() throws Exception {
    String dir = tmp.resolve("review").toString();
    assertEquals(0, Cli.run("init", dir).exitCode());
    Path records = write("dino.nbib", MEDLINE);
    Cli imported =
        Cli.run(
            "import", dir, records.toString(), "--source", "PubMed", "--source-type", "database");
    assertEquals(0, imported.exitCode(), imported.err());
    Path f =
        write("s.txt", "exp Dinosaurs/\nfeather$.ti,ab.\n1 and 2\nlimit 3 to english language");
    Cli r =
        Cli.run(
            "strategy",
            "run",
            dir,
            f.toString(),
            "--dialect",
            "ovid",
            "--seeds",
            "101,102,999",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals(2, j.get("lines").get(0).get("hits").asInt());
    assertEquals(1, j.get("lines").get(1).get("hits").asInt());
    assertEquals(1, j.get("final").asInt());
    JsonNode seeds = j.get("seeds");
    assertEquals(2, seeds.get("inProject").asInt());
    assertEquals(1, seeds.get("retrieved").asInt());
    assertEquals("102", seeds.get("missed").get(0).get("recordId").asText());
    assertEquals(2, seeds.get("missed").get(0).get("lostAtLine").asInt());
    assertEquals("999", seeds.get("notInProject").get(0).asText());
  }

  @Test
  void runListsTheRecordsOfEachLineOnRequestAndCountsWordsJoinedByPunctuation() throws Exception {
    String dir = tmp.resolve("review").toString();
    assertEquals(0, Cli.run("init", dir).exitCode());
    String medline =
        MEDLINE
            + String.join(
                "\n",
                "",
                "PMID- 104",
                "TI  - Stroke units.",
                "AB  - A randomised controlled trial.Setting:8 hospitals. Design:Randomized.",
                "LA  - eng",
                "DP  - 2018",
                "");
    Path records = write("dino.nbib", medline);
    Cli imported =
        Cli.run(
            "import", dir, records.toString(), "--source", "PubMed", "--source-type", "database");
    assertEquals(0, imported.exitCode(), imported.err());
    Path f = write("s.txt", "exp Dinosaurs/\nsetting.ab.\nrandomized.ab.\n1 or 2 or 3");
    Cli all = Cli.run("strategy", "run", dir, f.toString(), "--dialect", "ovid", "--records");
    assertEquals(0, all.exitCode(), all.err());
    assertTrue(all.out().contains("records: 101; 102"), all.out());
    assertTrue(all.out().contains("records: 104"), all.out());
    Cli some =
        Cli.run("strategy", "run", dir, f.toString(), "--dialect", "ovid", "--records=2", "--json");
    assertEquals(0, some.exitCode(), some.err());
    JsonNode lines = some.json().get("lines");
    assertEquals(1, lines.get(1).get("hits").asInt());
    assertEquals(1, lines.get(2).get("hits").asInt());
    assertEquals("104", lines.get(1).get("records").get(0).get(0).asText());
    assertTrue(lines.get(0).get("records") == null, "line 1 was not asked for");
    assertEquals(
        2,
        Cli.run("strategy", "run", dir, f.toString(), "--dialect", "ovid", "--records=two")
            .exitCode());
  }

  @Test
  void aLineThatBeginsWithAnOperatorIsBadInputNamingTheFix() throws Exception {
    Path f = write("typo.txt", "1 exp Exercise/\n2 exercis$.tw.\n3 or exp muscles/ or 1 or 2");
    Cli r = Cli.run("strategy", "parse", f.toString(), "--dialect", "ovid");
    assertEquals(3, r.exitCode());
    assertTrue(
        r.err()
            .contains(
                "typo.txt: line 3, column 3: the search begins with the operator 'or', which the"
                    + " database rejects; fix: drop the stray 'or': exp muscles/ or 1 or 2"),
        r.err());
  }

  @Test
  void parseDescribesLimitsInWordsNotInTheProgramsNotation() throws Exception {
    Path f = write("s.txt", "exp Pain/\nlimit 1 to (english language and humans)");
    Cli text = Cli.run("strategy", "parse", f.toString(), "--dialect", "ovid");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("limit #1 to english language and humans"), text.out());
    Cli json = Cli.run("strategy", "parse", f.toString(), "--dialect", "ovid", "--json");
    assertEquals("humans", json.json().get("lines").get(1).get("query").get("to").get(1).asText());
    assertTrue(!json.out().contains("Named["), json.out());
  }
}
