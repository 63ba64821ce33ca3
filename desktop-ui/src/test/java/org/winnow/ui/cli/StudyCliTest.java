package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** winnow study: the included studies with their reports, linking and unlinking reports. */
class StudyCliTest {
  @TempDir Path tmp;
  private String dir;

  private Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
    return r;
  }

  @BeforeEach
  void threeIncludedReports() throws Exception {
    dir = tmp.resolve("review").toString();
    ok("init", dir);
    String ris =
        Files.writeString(
                tmp.resolve("r.ris"),
                "TY  - JOUR\nID  - j1\nTI  - Group CBT in pregnancy\nAU  - Jones, K.\nPY  - 2015\nER  - \n\n"
                    + "TY  - JOUR\nID  - j2\nTI  - Group CBT: follow-up\nAU  - Jones, K.\nPY  - 2016\nER  - \n\n"
                    + "TY  - JOUR\nID  - s1\nTI  - Peer support\nAU  - Smith, J.\nPY  - 2016\nER  - \n")
            .toString();
    ok("import", dir, ris, "--source", "MEDLINE", "--source-type", "database");
    ok("reviewer", "add", dir, "Ana Lima");
    for (String stage : List.of("title-abstract", "full-text")) {
      ok("policy", dir, "--stage", stage, "single");
      for (String id : List.of("j1", "j2", "s1")) {
        ok(
            "screen",
            dir,
            "--stage",
            stage,
            "--reviewer",
            "Ana Lima",
            "--item",
            id,
            "--decision",
            "include");
      }
    }
  }

  @Test
  void studiesAreListedLinkedAndUnlinked() {
    JsonNode listed = ok("study", dir, "--json").json();
    assertFalse(listed.has("changed"), "a listing changes nothing");
    JsonNode studies = listed.get("studies");
    assertEquals(3, studies.size());
    assertEquals("S1", studies.get(0).get("study").asText());
    assertEquals("Jones 2015", studies.get(0).get("label").asText());
    JsonNode report = studies.get(0).get("reports").get(0);
    assertEquals("j1", report.get("recordIds").get(0).asText());
    assertEquals("Group CBT in pregnancy", report.get("title").asText());
    assertFalse(report.get("fullText").asBoolean());

    JsonNode linked =
        ok("study", dir, "--link", "j1", "j2", "--label", "Jones CBT trial", "--json").json();
    assertEquals("S1", linked.get("changed").asText());
    assertEquals(2, linked.get("studies").size());
    assertEquals("Jones CBT trial", linked.get("studies").get(0).get("label").asText());
    assertEquals(2, linked.get("studies").get(0).get("reports").size());
    assertTrue(ok("study", dir).out().contains("Jones CBT trial"));

    JsonNode unlinked = ok("study", dir, "--unlink", "j2", "--json").json();
    String own = unlinked.get("changed").asText();
    assertEquals(3, unlinked.get("studies").size());
    JsonNode moved =
        ok("study", dir, "--json").json().findValues("study").stream()
            .filter(s -> s.asText().equals(own))
            .findFirst()
            .orElseThrow();
    assertEquals(own, moved.asText());
    assertTrue(ok("audit", dir).out().contains("study-unlink"), "unlinking is audited");
  }

  @Test
  void mistakesAreNamed() {
    Cli alone = Cli.run("study", dir, "--unlink", "s1");
    assertEquals(3, alone.exitCode());
    assertTrue(alone.err().contains("s1 is the only report of S"), alone.err());
    Cli unknown = Cli.run("study", dir, "--link", "j1", "zz");
    assertEquals(3, unknown.exitCode());
    assertTrue(unknown.err().contains("zz"), unknown.err());
    assertEquals(2, Cli.run("study", dir, "--link", "j1").exitCode(), "linking needs two");
    assertEquals(2, Cli.run("study", dir, "--label", "X").exitCode(), "--label goes with --link");
    assertEquals(2, Cli.run("study", dir, "--link", "j1", "j2", "--unlink", "s1").exitCode());
  }
}
