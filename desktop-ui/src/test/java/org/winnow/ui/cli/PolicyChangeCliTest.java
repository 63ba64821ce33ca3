package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.project.ReviewProject;

/**
 * A stage's policy is fixed once screening has started there (issue 12): changing it could reveal
 * another reviewer's decisions (an item needing one decision instead of two shows its outcome), so
 * it takes --force, and the change is audited.
 */
class PolicyChangeCliTest {
  @TempDir Path tmp;

  @Test
  void changingAStartedStagesPolicyNeedsForce() throws Exception {
    String dir = tmp.resolve("review").toString();
    Path ris =
        Files.writeString(
            tmp.resolve("r.ris"),
            "TY  - JOUR\nID  - r1\nTI  - One\nER  - \n\nTY  - JOUR\nID  - r2\nTI  - Two\nER  - \n");
    assertEquals(0, Cli.run("init", dir).exitCode());
    assertEquals(
        0,
        Cli.run("import", dir, ris.toString(), "--source", "MEDLINE", "--source-type", "database")
            .exitCode());
    assertEquals(0, Cli.run("reviewer", "add", dir, "Ana").exitCode());
    assertEquals(
        0,
        Cli.run("policy", dir, "--stage", "title-abstract", "sample", "--seed", "7").exitCode(),
        "before screening a policy changes freely");
    assertEquals(
        0,
        Cli.run(
                "screen",
                dir,
                "--stage",
                "title-abstract",
                "--reviewer",
                "Ana",
                "--item",
                "r1",
                "--decision",
                "include")
            .exitCode());

    Cli refused = Cli.run("policy", dir, "--stage", "title-abstract", "single");
    assertEquals(3, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals(
        "sample",
        Cli.run("policy", dir, "--stage", "title-abstract", "--json").json().get("mode").asText(),
        "unchanged");

    assertEquals(
        0,
        Cli.run("policy", dir, "--stage", "title-abstract", "sample", "--seed", "7").exitCode(),
        "the same policy again is no change");
    assertEquals(
        0,
        Cli.run("policy", dir, "--stage", "full-text", "single").exitCode(),
        "full text has not started");

    Cli forced =
        Cli.run(
            "policy",
            dir,
            "--stage",
            "title-abstract",
            "single",
            "--force",
            "--by",
            "lead",
            "--json");
    assertEquals(0, forced.exitCode(), forced.err());
    assertEquals("single", forced.json().get("mode").asText());

    // the audit trail says who forced it (read straight from the project's database)
    String url = "jdbc:sqlite:" + Path.of(dir).resolve(ReviewProject.DATABASE_FILE);
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT actor, detail FROM audit WHERE action = 'policy-forced'")) {
      assertTrue(rs.next(), "a forced change is audited");
      assertEquals("lead", rs.getString("actor"));
      assertTrue(rs.getString("detail").startsWith("title-abstract: single"), rs.getString(2));
      assertFalse(rs.next(), "only the forced change");
    }
  }
}
