package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code winnow import} on what is not a good export: folders, devices, pipes, the same file twice,
 * a Web of Science file (which crashed), XML nested too deep, a file cut inside its last record.
 * Bad input exits 3 quickly with a message naming the file and no stack trace or class name.
 */
class ImportCliRobustnessTest {
  private static final Duration QUICKLY = Duration.ofSeconds(20);

  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void project() {
    dir = tmp.resolve("review").toString();
    assertEquals(0, Cli.run("init", dir).exitCode());
  }

  private static Cli importing(String dir, String... files) {
    String[] args = new String[files.length + 6];
    args[0] = "import";
    args[1] = dir;
    System.arraycopy(files, 0, args, 2, files.length);
    args[files.length + 2] = "--source";
    args[files.length + 3] = "Test";
    args[files.length + 4] = "--source-type";
    args[files.length + 5] = "database";
    return Cli.run(args);
  }

  private static void assertCleanBadInput(Cli r, String names) {
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(names), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aFolderDevZeroAndANamedPipeAreRefusedQuickly() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("exports"));
    assertCleanBadInput(importing(dir, folder.toString()), "exports");
    Assumptions.assumeTrue(
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
        "devices and mkfifo: Linux only");
    Cli zero = assertTimeoutPreemptively(QUICKLY, () -> importing(dir, "/dev/zero"));
    assertCleanBadInput(zero, "/dev/zero");
    Path fifo = tmp.resolve("pipe.ris");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Cli pipe = assertTimeoutPreemptively(QUICKLY, () -> importing(dir, fifo.toString()));
    assertCleanBadInput(pipe, "pipe.ris");
    assertEquals(0, Cli.run("info", dir, "--json").json().get("batches").size());
  }

  @Test
  void theSameFileTwiceInOneCommandIsRefusedEvenWithForce() throws Exception {
    Path a = tmp.resolve("a.ris");
    Files.writeString(a, "TY  - JOUR\nTI  - One\nER  - \n");
    assertCleanBadInput(importing(dir, a.toString(), a.toString()), "a.ris");
    Cli forced =
        Cli.run(
            "import",
            dir,
            a.toString(),
            a.toString(),
            "--source",
            "T",
            "--source-type",
            "database",
            "--force");
    assertCleanBadInput(forced, "even with --force");
    assertEquals(0, Cli.run("info", dir, "--json").json().get("records").asInt());
  }

  @Test
  void aWebOfScienceTaggedFileImports() throws Exception {
    Path wos = tmp.resolve("savedrecs.txt");
    Files.writeString(
        wos,
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Doe, J\nTI A title\nPY 2020\n"
            + "UT WOS:000001\nER\n\nPT J\nAU Roe, R\nTI Another\nPY 2021\nUT WOS:000002\nER\n\nEF\n");
    Cli r = importing(dir, wos.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, Cli.run("info", dir, "--json").json().get("records").asInt());
  }

  @Test
  void xmlNestedTooDeepIsBadInputWithoutAStackTraceAndLeavesNoBatch() throws Exception {
    Path deep = tmp.resolve("deep.xml");
    Files.writeString(
        deep,
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>"
            + "<i>".repeat(10_000)
            + "x"
            + "</i>".repeat(10_000)
            + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");
    assertCleanBadInput(importing(dir, deep.toString()), "deep.xml");
    JsonNode info = Cli.run("info", dir, "--json").json();
    assertEquals(0, info.get("batches").size());
    assertEquals(0, info.get("sources").size());
  }

  @Test
  void aRecordTheFileEndsInsideIsImportedWithAWarningInTextAndJson() throws Exception {
    Path cut = tmp.resolve("cut.ris");
    Files.writeString(cut, "TY  - JOUR\nTI  - Whole\nER  - \nTY  - JOUR\nTI  - Cut sh");
    Cli text = importing(dir, cut.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("Warning: cut.ris:5: field TI:"), text.out());

    Cli json = Cli.run("import", dir, cut.toString(), "--source", "Test", "--force", "--json");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode w = json.json().get("warnings");
    assertEquals(1, w.size(), w.toString());
    assertEquals("cut.ris", w.get(0).get("file").asText());
    assertEquals(5, w.get(0).get("line").asInt());
    assertEquals("TI", w.get(0).get("field").asText());
    assertTrue(w.get(0).get("message").asText().startsWith("cut.ris:5: field TI:"));
    assertEquals(2, json.json().get("records").asInt());
    assertTrue(json.json().get("source").has("name"));
    assertTrue(json.json().get("batches").get(0).has("sha256"));
  }

  @Test
  void aCompleteFileHasAnEmptyWarningsArray() throws Exception {
    Path whole = tmp.resolve("whole.ris");
    Files.writeString(whole, "TY  - JOUR\nTI  - Whole\nER  - \n");
    Cli r =
        Cli.run(
            "import",
            dir,
            whole.toString(),
            "--source",
            "T",
            "--source-type",
            "database",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.json().get("warnings").isArray());
    assertEquals(0, r.json().get("warnings").size());
  }
}
