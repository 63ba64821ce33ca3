package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.ui.ScreeningFixture;

/** retrieval --attach: only real PDFs, no links, the original name shown, --replace to replace. */
class RetrievalCliTest {
  @TempDir Path tmp;
  private String dir;

  private Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
    return r;
  }

  @BeforeEach
  void reportAtFullText() throws Exception {
    dir = tmp.resolve("review").toString();
    ok("init", dir);
    Path ris =
        Files.writeString(
            tmp.resolve("r.ris"), "TY  - JOUR\nID  - j1\nTI  - Group CBT\nPY  - 2015\nER  - \n");
    ok("import", dir, ris.toString(), "--source", "MEDLINE", "--source-type", "database");
    ok("reviewer", "add", dir, "Ana Lima");
    ok("policy", dir, "--stage", "title-abstract", "single");
    ok(
        "screen",
        dir,
        "--stage",
        "title-abstract",
        "--reviewer",
        "Ana Lima",
        "--item",
        "j1",
        "--decision",
        "include");
  }

  @Test
  void aTextFileNamedPdfIsRefused() throws Exception {
    Path fake = Files.writeString(tmp.resolve("paper.pdf"), "not a PDF at all");
    Cli r = Cli.run("retrieval", dir, "--item", "j1", "--attach", fake.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(fake + " is not a PDF"), r.err());
  }

  @Test
  void aLinkIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("hosts.pdf"), Path.of("/etc/hosts"));
    Cli r = Cli.run("retrieval", dir, "--item", "j1", "--attach", link.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("symbolic link"), r.err());
  }

  @Test
  void thePdfKeepsItsNameAndIsReplacedOnlyWhenAsked() throws Exception {
    Path first = ScreeningFixture.pdf(tmp.resolve("Jones 2015.pdf"), "Group CBT");
    JsonNode j =
        ok("retrieval", dir, "--item", "j1", "--attach", first.toString(), "--json").json();
    assertEquals("Jones 2015.pdf", j.get("originalName").asText());
    assertTrue(j.get("replaced").isNull());
    Path stored = Path.of(j.get("pdf").asText());
    assertTrue(Files.exists(stored));

    Path second = ScreeningFixture.pdf(tmp.resolve("Jones 2015 corrected.pdf"), "Group CBT");
    Cli again = Cli.run("retrieval", dir, "--item", "j1", "--attach", second.toString());
    assertEquals(3, again.exitCode(), again.err());
    assertTrue(again.err().contains("--replace"), again.err());
    assertTrue(again.err().contains("Jones 2015.pdf"), again.err());

    Cli replaced = ok("retrieval", dir, "--item", "j1", "--attach", second.toString(), "--replace");
    assertTrue(replaced.out().contains("from Jones 2015 corrected.pdf"), replaced.out());
    assertTrue(replaced.out().contains("the earlier PDF is kept as"), replaced.out());
    assertFalse(replaced.out().contains("null"), replaced.out());
  }
}
