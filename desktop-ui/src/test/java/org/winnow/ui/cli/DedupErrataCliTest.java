package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errata on the command line (issue 13): {@code --errata link|merge}, {@code --links}. */
class DedupErrataCliTest {
  @TempDir Path tmp;
  private String dir;
  private Path file;

  private static final String TITLE = "Amantadine for the posttraumatic confusional state";

  private static String ris(String id, String title, String year, String doi) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - Yablon, S.\nPY  - "
        + year
        + "\nJO  - Arch Phys Med Rehabil\nVL  - 91\nDO  - "
        + doi
        + "\nER  - \n\n";
  }

  @BeforeEach
  void articleAndErratum() throws Exception {
    dir = tmp.resolve("review").toString();
    file =
        Files.writeString(
            tmp.resolve("r.ris"),
            ris("art", TITLE, "2010", "10.1/a")
                + ris("err", "Erratum to: " + TITLE, "2011", "10.1/e"));
    assertEquals(0, Cli.run("init", dir).exitCode());
  }

  private void importAndDedup() {
    Cli r =
        Cli.run("import", dir, file.toString(), "--source", "MEDLINE", "--source-type", "database");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(0, Cli.run("dedup", dir).exitCode());
  }

  @Test
  void linkedByDefaultListedAndExplainedInCompare() {
    importAndDedup();
    Cli links = Cli.run("dedup", dir, "--links", "--json");
    assertEquals(0, links.exitCode(), links.err());
    JsonNode l = links.json().get("links");
    assertEquals(1, l.size());
    JsonNode link = l.get(0);
    assertEquals("erratum", link.get("kind").asText());
    assertEquals("err", link.get("notice").asText());
    assertEquals("art", link.get("article").asText());
    assertTrue(link.get("citationNotice").asLong() != link.get("citationArticle").asLong());
    assertTrue(link.get("reason").asText().contains("linked, not merged"));
    assertTrue(Cli.run("dedup", dir, "--links").out().contains("err"));
    Cli compare = Cli.run("dedup", dir, "--compare", "err", "art", "--json");
    assertEquals(
        "erratum of art: linked, not merged (setting dedup.errata=link)",
        compare.json().get("reason").asText());
  }

  @Test
  void mergeIsAProjectSettingAndAudited() {
    Cli set = Cli.run("dedup", dir, "--errata", "merge", "--by", "Ana", "--json");
    assertEquals(0, set.exitCode(), set.err());
    assertEquals("dedup.errata", set.json().get("setting").asText());
    assertEquals("merge", set.json().get("value").asText());
    assertTrue(Cli.run("audit", dir).out().contains("dedup.errata = merge"));
    importAndDedup();
    JsonNode info = Cli.run("dedup", dir, "--json").json();
    assertEquals(1, info.get("citations").asInt());
    assertEquals(0, Cli.run("dedup", dir, "--links", "--json").json().get("links").size());
    assertEquals(3, Cli.run("dedup", dir, "--errata", "sometimes").exitCode());
  }
}
