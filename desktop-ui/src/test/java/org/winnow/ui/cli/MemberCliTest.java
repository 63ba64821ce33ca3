package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.TestPostgres;

/**
 * {@code winnow member add|list|remove} end to end: the owner adds members, and the command line
 * run with a member's login acts as that member, whatever --by or --reviewer say.
 */
class MemberCliTest {
  @TempDir Path tmp;

  private static Cli ok(Cli r) {
    assertEquals(0, r.exitCode(), r.out() + r.err());
    return r;
  }

  private static String as(String url, String login) {
    return url.replace(TestPostgres.USER + "@", login + "@");
  }

  @Test
  void membersAddedByTheOwnerScreenAsThemselvesAndNoOneElse() throws Exception {
    String url = TestPostgres.newDatabase();
    String suffix = url.substring(url.lastIndexOf("winnow_test_") + "winnow_test_".length());
    String ben = "ben_" + suffix;
    String ana = "ana_" + suffix;
    ok(Cli.run("init", url, "--name", "Team review"));
    ok(
        Cli.run(
            "import",
            url,
            Files.writeString(
                    tmp.resolve("m.ris"),
                    "TY  - JOUR\nID  - r1\nTI  - Stroke unit care\nER  - \n"
                        + "TY  - JOUR\nID  - r2\nTI  - Early mobilisation\nER  - \n")
                .toString(),
            "--source",
            "MEDLINE",
            "--source-type",
            "database"));

    JsonNode added =
        ok(Cli.run(
                "member", "add", url, "Ben Carter", "--role", "reviewer", "--login", ben, "--json"))
            .json();
    assertEquals(Set.of("member", "loginCreated", "password"), keys(added));
    assertEquals(
        Set.of("login", "name", "initials", "role", "active", "addedAt", "addedBy", "removedAt"),
        keys(added.get("member")));
    assertEquals(ben, added.get("member").get("login").asText());
    assertEquals("Ben Carter", added.get("member").get("name").asText());
    assertTrue(added.get("loginCreated").asBoolean());
    assertEquals(20, added.get("password").asText().length());

    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("s3cret pass\n".getBytes(StandardCharsets.UTF_8)));
      Cli text =
          ok(
              Cli.run(
                  "member",
                  "add",
                  url,
                  "Ana",
                  "--role",
                  "reviewer",
                  "--login",
                  ana,
                  "--password-stdin"));
      assertTrue(text.out().contains("Added Ana as reviewer with login " + ana), text.out());
      assertFalse(text.out().contains("Password"), "a password given is not shown: " + text.out());
    } finally {
      System.setIn(stdin);
    }

    String asBen = as(url, ben);
    Cli decided =
        ok(
            Cli.run(
                "screen",
                asBen,
                "--stage",
                "ta",
                "--reviewer",
                "Ben Carter",
                "--item",
                "r1",
                "--decision",
                "include"));
    JsonNode next =
        ok(Cli.run("screen", asBen, "--stage", "ta", "--reviewer", "BC", "--next", "--json"))
            .json();
    assertTrue(next.toString().contains("Early mobilisation"), next.toString());
    Cli someoneElse =
        Cli.run(
            "screen",
            asBen,
            "--stage",
            "ta",
            "--reviewer",
            "Ana",
            "--item",
            "r2",
            "--decision",
            "exclude");
    assertEquals(ExitCodes.BAD_INPUT, someoneElse.exitCode(), someoneElse.err());
    assertTrue(someoneElse.err().contains("--reviewer 'Ana' is refused"), someoneElse.err());
    Cli byOther = Cli.run("reasons", asBen, "--add", "Wrong language", "--by", "Ana");
    assertEquals(ExitCodes.BAD_INPUT, byOther.exitCode(), byOther.err());
    assertTrue(byOther.err().contains("--by 'Ana' is refused"), byOther.err());

    Cli notAllowed = Cli.run("reasons", asBen, "--add", "Wrong language");
    assertEquals(ExitCodes.BAD_INPUT, notAllowed.exitCode(), notAllowed.err());
    assertTrue(
        notAllowed.err().contains("the server refused this to your login"), notAllowed.err());

    // the audit trail names Ben for his decision; Ben cannot manage members
    JsonNode audit = ok(Cli.run("audit", url, "--json")).json();
    assertTrue(audit.toString().contains("\"Ben Carter\""), audit.toString());
    Cli notLead = Cli.run("member", "remove", asBen, "Ana");
    assertEquals(ExitCodes.BAD_INPUT, notLead.exitCode());
    assertTrue(notLead.err().contains("only a lead"), notLead.err());

    JsonNode list = ok(Cli.run("member", "list", url, "--json")).json();
    assertEquals(2, list.get("members").size());
    ok(Cli.run("member", "remove", url, "Ana"));
    JsonNode after = ok(Cli.run("member", "list", url, "--json")).json();
    assertFalse(after.get("members").get(1).get("active").asBoolean());
    assertTrue(decided.out().contains("include"), decided.out());
  }

  @Test
  void aFolderProjectSaysMembersExistOnTeamProjectsOnly() {
    String dir = tmp.resolve("solo").toString();
    ok(Cli.run("init", dir));
    for (List<String> args :
        List.of(
            List.of("member", "list", dir),
            List.of("member", "add", dir, "Ben", "--role", "reviewer"),
            List.of("member", "remove", dir, "Ben"))) {
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
      assertTrue(r.err().contains("members exist on team projects only"), r.err());
    }
    Cli badRole = Cli.run("member", "add", dir, "Ben", "--role", "boss");
    assertEquals(ExitCodes.USAGE, badRole.exitCode());
    assertTrue(badRole.err().contains("lead, reviewer, statistician"), badRole.err());
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
