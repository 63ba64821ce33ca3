package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, messages and JSON keys of the verbs that need no citation file. */
class CliContractTest {
  @TempDir Path tmp;

  @Test
  void initPrintsTheProjectAsJson() {
    Cli r = Cli.run("init", tmp.resolve("review").toString(), "--name", "Perinatal care", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals("Perinatal care", j.get("name").asText());
    assertEquals(org.winnow.core.storage.Database.SCHEMA_VERSION, j.get("schemaVersion").asInt());
    assertTrue(j.get("project").asText().endsWith("review"));
  }

  @Test
  void infoOfAnEmptyProject() {
    String dir = tmp.resolve("review").toString();
    Cli.run("init", dir);
    Cli r = Cli.run("info", dir, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = r.json();
    assertEquals(0, j.get("records").asInt());
    assertEquals(0, j.get("citations").asInt());
    assertTrue(j.get("sources").isArray());
    assertTrue(j.get("batches").isArray());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run("no-such-verb").exitCode());
    assertEquals(
        2, Cli.run("import", tmp.toString(), "file.ris").exitCode(), "--source is required");
    assertEquals(2, Cli.run().exitCode());
  }

  @Test
  void badInputExitsWithThreeAndSaysWhere() throws Exception {
    Files.writeString(tmp.resolve("stray.txt"), "x");
    Cli r = Cli.run("init", tmp.toString());
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("not empty"), r.err());

    Cli notProject = Cli.run("info", tmp.resolve("missing").toString());
    assertEquals(3, notProject.exitCode());
    assertTrue(notProject.err().contains("not a Winnow project"), notProject.err());

    String dir = tmp.resolve("review").toString();
    Cli.run("init", dir);
    Cli missing =
        Cli.run(
            "import",
            dir,
            tmp.resolve("nope.ris").toString(),
            "--source",
            "X",
            "--source-type",
            "database");
    assertEquals(3, missing.exitCode());
    assertTrue(missing.err().contains("nope.ris"), missing.err());

    Cli badType = Cli.run("import", dir, "x.ris", "--source", "X", "--source-type", "library");
    assertEquals(3, badType.exitCode());
    assertTrue(badType.err().contains("--source-type"), badType.err());

    Cli badDate =
        Cli.run(
            "import",
            dir,
            "x.ris",
            "--source",
            "X",
            "--source-type",
            "database",
            "--searched",
            "31/03/2024");
    assertEquals(3, badDate.exitCode());
    assertTrue(badDate.err().contains("--searched"), badDate.err());
  }

  @Test
  void aBadQueryIsBadInput() {
    String dir = tmp.resolve("review").toString();
    Cli.run("init", dir);
    Cli r = Cli.run("search", dir, "title:(unbalanced");
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("unbalanced"), r.err());
  }

  @Test
  void formatsListsImportersAndExporters() {
    Cli r = Cli.run("formats", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode exporters = r.json().get("exporters");
    assertEquals(3, exporters.size());
  }
}
