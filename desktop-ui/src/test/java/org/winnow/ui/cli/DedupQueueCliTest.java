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
 * The review queue on the command line (issue 13): abstracts side by side, explanations, groups by
 * explanation and one verdict for a whole group.
 */
class DedupQueueCliTest {
  @TempDir Path tmp;
  private String dir;

  private static final String[] TITLES = {
    "Amantadine for the posttraumatic confusional state",
    "Ketamine infusions for refractory depression in adolescents",
    "Mindfulness training for nurses working night shifts"
  };

  private static String ris(String id, String title, String journal, String page) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - Yablon, S.\nPY  - 2010\nJO  - "
        + journal
        + "\nVL  - 91\nSP  - "
        + page
        + "\nAB  - Abstract of "
        + id
        + "\nER  - \n\n";
  }

  @BeforeEach
  void threeQueuedPairs() throws Exception {
    dir = tmp.resolve("review").toString();
    StringBuilder m = new StringBuilder();
    StringBuilder e = new StringBuilder();
    for (int i = 0; i < TITLES.length; i++) {
      m.append(ris("m" + i, TITLES[i], "Arch Phys Med Rehabil", "e8"));
      e.append(ris("e" + i, TITLES[i], "Archives of Physical Medicine and Rehabilitation", "e31"));
    }
    Path mf = Files.writeString(tmp.resolve("m.ris"), m);
    Path ef = Files.writeString(tmp.resolve("e.ris"), e);
    assertEquals(0, Cli.run("init", dir).exitCode());
    for (Object[] f : new Object[][] {{"MEDLINE", mf}, {"Embase", ef}}) {
      Cli r =
          Cli.run(
              "import",
              dir,
              f[1].toString(),
              "--source",
              (String) f[0],
              "--source-type",
              "database");
      assertEquals(0, r.exitCode(), r.err());
    }
    assertEquals(0, Cli.run("dedup", dir).exitCode());
  }

  @Test
  void theQueueShowsAbstractsAndExplanationsBesideTheExistingKeys() {
    Cli r = Cli.run("dedup", dir, "--queue", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode pairs = r.json().get("pairs");
    assertEquals(3, pairs.size());
    JsonNode p = pairs.get(0);
    for (String key :
        new String[] {
          "a",
          "b",
          "citationA",
          "citationB",
          "score",
          "reason",
          "evidence",
          "explanation",
          "abstractA",
          "abstractB"
        }) {
      assertTrue(p.has(key), key + " in " + p);
    }
    assertEquals("Abstract of " + p.get("a").asText(), p.get("abstractA").asText());
    assertEquals("Abstract of " + p.get("b").asText(), p.get("abstractB").asText());
    assertTrue(p.get("evidence").get(0).has("similarity"));
    assertTrue(Cli.run("dedup", dir, "--queue").out().contains("explained as"));
  }

  @Test
  void pairsSharingAnExplanationAreResolvedTogether() {
    Cli groups = Cli.run("dedup", dir, "--queue", "--by-explanation", "--json");
    assertEquals(0, groups.exitCode(), groups.err());
    JsonNode g = groups.json().get("groups");
    assertEquals(1, g.size());
    assertEquals(3, g.get(0).get("count").asInt());
    assertTrue(g.get(0).get("example").has("a"));
    String explanation = g.get(0).get("explanation").asText();

    Cli done =
        Cli.run("dedup", dir, "--resolve-explained", explanation, "same", "--by", "Ana", "--json");
    assertEquals(0, done.exitCode(), done.err());
    assertEquals(3, done.json().get("pairs").asInt());
    assertEquals(3, done.json().get("results").size());
    assertEquals(0, Cli.run("dedup", dir, "--queue", "--json").json().get("pairs").size());
    JsonNode info = Cli.run("dedup", dir, "--json").json();
    assertEquals(3, info.get("citations").asInt());
    assertTrue(
        Cli.run("audit", dir, "--json").out().contains("dedup-resolve-explained"), "audited");
  }

  @Test
  void badRequestsAreRefusedWithNothingChanged() {
    Cli unknown = Cli.run("dedup", dir, "--resolve-explained", "no such rule", "same");
    assertEquals(3, unknown.exitCode(), unknown.err());
    assertTrue(unknown.err().contains("no such rule"), unknown.err());
    Cli verdict = Cli.run("dedup", dir, "--resolve-explained", "x", "maybe");
    assertEquals(3, verdict.exitCode(), verdict.err());
    Cli alone = Cli.run("dedup", dir, "--by-explanation");
    assertEquals(2, alone.exitCode(), alone.err());
    assertEquals(3, Cli.run("dedup", dir, "--queue", "--json").json().get("pairs").size());
  }
}
