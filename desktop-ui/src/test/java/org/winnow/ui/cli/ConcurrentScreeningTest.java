package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.ui.cli.ReviewSteps.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.fixtures.TestPostgres;

/**
 * Two reviewers screen one server project at the same time, each in a process of their own (as two
 * computers would, each with its own cache folder): the same items, in the same order, in many
 * small batches. Afterwards every decision is stored exactly once with the value its file gave, and
 * the conflicts are exactly the items on which the two input files disagree, computed here from the
 * files alone.
 */
class ConcurrentScreeningTest {
  private static final String TA = "title-abstract";
  private static final int ITEMS = 240;
  private static final int BATCH = 8;
  private static final String[] VALUES = {"include", "exclude", "maybe"};

  @TempDir Path tmp;

  @Test
  void twoProcessesScreeningAtOnceLoseNothingAndWriteNothingTwice() throws Exception {
    String url = TestPostgres.newDatabase();
    ok(Cli.run("init", url, "--name", "Two at once"));
    StringBuilder ris = new StringBuilder();
    for (int i = 1; i <= ITEMS; i++) {
      ris.append("TY  - JOUR\nID  - w")
          .append(i)
          .append("\nTI  - Work number ")
          .append(i)
          .append(" on screening at scale\nPY  - 2020\nER  - \n\n");
    }
    Path file = Files.writeString(tmp.resolve("works.ris"), ris);
    ok(Cli.run("import", url, file.toString(), "--source", "MEDLINE", "--source-type", "database"));
    ok(Cli.run("reviewer", "add", url, "Ana"));
    ok(Cli.run("reviewer", "add", url, "Ben"));

    Map<String, String> ana = decisions(new Random(15));
    Map<String, String> ben = decisions(new Random(16));
    Process a = session(url, "Ana", batches("Ana", ana));
    Process b = session(url, "Ben", batches("Ben", ben));
    for (Process p : List.of(a, b)) {
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a screening process finished");
    }
    String outA = Files.readString(tmp.resolve("Ana.log"));
    String outB = Files.readString(tmp.resolve("Ben.log"));
    assertEquals(0, a.exitValue(), "Ana's process: " + outA);
    assertEquals(0, b.exitValue(), "Ben's process: " + outB);

    // every decision once: counted in the database itself, per reviewer and item
    ProjectLocation.Server server = ProjectLocation.Server.parse(url);
    try (var c = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT count(*), count(DISTINCT (reviewer_id, item_id)), max(n) FROM"
                    + " (SELECT reviewer_id, item_id, count(*) AS n FROM decision"
                    + " GROUP BY reviewer_id, item_id) AS per_item")) {
      rs.next();
      assertEquals(2 * ITEMS, rs.getInt(2), "a decision by each reviewer on each item");
      assertEquals(1, rs.getInt(3), "no decision stored twice");
    }
    // and the two sessions did overlap in time: each began before the other ended
    try (var c = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT min(decided_at), max(decided_at) FROM decision GROUP BY reviewer_id")) {
      List<String[]> spans = new ArrayList<>();
      while (rs.next()) {
        spans.add(new String[] {rs.getString(1), rs.getString(2)});
      }
      assertEquals(2, spans.size());
      assertTrue(
          spans.get(0)[0].compareTo(spans.get(1)[1]) < 0
              && spans.get(1)[0].compareTo(spans.get(0)[1]) < 0,
          "the sessions overlapped: "
              + spans.get(0)[0]
              + ".."
              + spans.get(0)[1]
              + " and "
              + spans.get(1)[0]
              + ".."
              + spans.get(1)[1]);
    }
    // with the value each file gave
    try (ReviewProject p = ReviewProject.openReadOnly(server, Duration.ZERO)) {
      for (var who : Map.of("Ana", ana, "Ben", ben).entrySet()) {
        Map<String, String> stored = new TreeMap<>();
        p.screening()
            .ownDecisions(Stage.TITLE_ABSTRACT, who.getKey())
            .forEach(
                (item, d) ->
                    stored.put(
                        p.screening().citation(Stage.TITLE_ABSTRACT, item).recordIds().get(0),
                        d.value().cliName()));
        assertEquals(new TreeMap<>(who.getValue()), stored, who.getKey() + "'s decisions");
      }
    }

    // the conflicts are the items on which the two files disagree, under the stage's policy:
    // where maybe counts as include, include and maybe agree; two maybes are still undecided
    boolean maybeIncludes =
        ok(Cli.run("policy", url, "--stage", TA, "--json"))
            .json()
            .get("maybeCountsAsInclude")
            .asBoolean();
    TreeSet<String> expected = new TreeSet<>();
    ana.forEach(
        (id, value) -> {
          String first = effective(value, maybeIncludes);
          String second = effective(ben.get(id), maybeIncludes);
          if (!first.equals(second) || first.equals("maybe")) {
            expected.add(id);
          }
        });
    TreeSet<String> listed = new TreeSet<>();
    JsonNode reply = ok(Cli.run("conflicts", url, "--stage", TA, "--json")).json();
    reply.get("conflicts").forEach(x -> listed.add(x.get("recordIds").get(0).asText()));
    assertTrue(expected.size() > ITEMS / 3, "the seeds give many conflicts: " + expected.size());
    assertEquals(expected, listed, "conflicts");
  }

  private static String effective(String value, boolean maybeIncludes) {
    return maybeIncludes && value.equals("maybe") ? "include" : value;
  }

  /** One reviewer's decision on every work, seeded. */
  private static Map<String, String> decisions(Random random) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 1; i <= ITEMS; i++) {
      out.put("w" + i, VALUES[random.nextInt(VALUES.length)]);
    }
    return out;
  }

  /** The decisions as many small decision files, in the works' order. */
  private List<String> batches(String who, Map<String, String> decisions) throws Exception {
    List<String> files = new ArrayList<>();
    StringBuilder csv = null;
    for (int i = 1; i <= ITEMS; i++) {
      if (csv == null) {
        csv = new StringBuilder("record_id,decision\n");
      }
      csv.append("w").append(i).append(',').append(decisions.get("w" + i)).append('\n');
      if (i % BATCH == 0 || i == ITEMS) {
        Path f = tmp.resolve(who + "-" + files.size() + ".csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        files.add(f.toString());
        csv = null;
      }
    }
    return files;
  }

  /** A reviewer's own process (its own JVM and cache folder) screening the batches in turn. */
  private Process session(String url, String who, List<String> batches) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Dwinnow.cache.home=" + tmp.resolve("cache-" + who));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ScreenInBatches.class.getName());
    cmd.add(url);
    cmd.add(TA);
    cmd.add(who);
    cmd.addAll(batches);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve(who + ".log").toFile())
        .start();
  }
}
