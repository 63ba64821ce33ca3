package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.LedgerEntry;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.fixtures.TestPostgres;

/**
 * {@code winnow bench team} on the embedded PostgreSQL: four reviewer clients store 2,000 decisions
 * on a project of 2,000 citations it builds (enough that every fault comes while decisions are
 * still being made), while a client is killed after its commit, the network drops for ten seconds
 * and another client is killed before its write; every check holds. The server restart is left to
 * the benchmark run (docs/benchmarks.md): it is reported as skipped.
 */
class BenchTeamCommandTest {
  @Test
  void loadWithFaultsStoresEveryDecisionOnceAndListsTheConflictsThatHold() {
    Cli r = bench(4, 2000, 2000, "--faults");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    JsonNode j = r.json();
    JsonNode checks = j.get("checks");
    assertTrue(checks.get("passed").asBoolean(), checks.toString());
    assertEquals(2000, j.get("citations").asInt());
    assertEquals(2000, j.get("acknowledged").asInt());
    assertEquals(2000, checks.get("acknowledgedStored").asInt());
    assertEquals(
        j.get("decisionsStored").asInt(),
        j.get("acknowledged").asInt() + j.get("acknowledgementsLost").asInt());
    assertEquals(1, j.get("acknowledgementsLost").asInt(), "the answer dropped after COMMIT");
    assertEquals(2, checks.get("cutInFlight").asInt(), j.toString());
    assertEquals(0, checks.get("pairsDecidedTwice").asInt());
    assertEquals(0, checks.get("writeKeysRepeated").asInt());
    assertEquals(0, checks.get("unexplained").asInt());
    assertEquals(0, checks.get("conflictsDiffering").asInt());
    assertEquals(checks.get("openConflicts").asInt(), checks.get("conflictsComputed").asInt());
    for (String key :
        List.of(
            "wallSeconds",
            "decisionsPerSecond",
            "nextMedianMs",
            "nextP95Ms",
            "decideMedianMs",
            "decideP95Ms",
            "reconnections",
            "sessionOpenMedianMs",
            "loadAverage",
            "buildSeconds",
            "resolutions",
            "resolutionsRefused",
            "resolveMedianMs",
            "resolveP95Ms")) {
      assertTrue(j.has(key), key);
    }
    // a lead resolved conflicts while the reviewers screened, and the conflicts still match
    assertTrue(j.get("resolutions").asInt() > 0, j.toString());
    List<String> faults = new ArrayList<>();
    for (JsonNode f : j.get("faults")) {
      faults.add(f.get("fault").asText() + ":" + f.get("status").asText());
      if (f.get("status").asText().equals("done")) {
        assertEquals(0, f.get("duplicatesAfter").asInt(), f.toString());
        assertTrue(f.get("recoverySeconds").asDouble() > 0, f.toString());
      }
    }
    assertEquals(
        List.of(
            "client-killed-after-commit:done",
            "network-dropped-10s:done",
            "server-restarted:skipped",
            "client-killed-before-write:done"),
        faults);
    JsonNode drop = j.get("faults").get(1);
    assertTrue(drop.get("clientsReconnected").asInt() >= 3, drop.toString());
    assertTrue(j.get("reconnections").asInt() >= drop.get("reconnections").asInt());
  }

  @Test
  void theIndependentConflictRuleFollowsTheDocumentedOutcomes() {
    ScreeningPolicy policy = ScreeningPolicy.defaultFor(Stage.TITLE_ABSTRACT); // maybe = include
    List<LedgerEntry> rows =
        List.of(
            row(1, 10, "a", DecisionValue.INCLUDE),
            row(2, 10, "b", DecisionValue.EXCLUDE), // 10: include vs exclude
            row(3, 11, "a", DecisionValue.MAYBE),
            row(4, 11, "b", DecisionValue.INCLUDE), // 11: maybe counts as include
            row(5, 12, "a", DecisionValue.EXCLUDE), // 12: one reviewer: awaiting
            row(6, 13, "a", DecisionValue.INCLUDE),
            row(7, 13, "b", DecisionValue.EXCLUDE),
            row(8, 13, "b", DecisionValue.INCLUDE), // 13: b changed their mind: agreement
            row(9, 14, "a", DecisionValue.INCLUDE),
            row(10, 14, "b", DecisionValue.EXCLUDE)); // 14: resolved
    assertEquals(Set.of(10L), TeamChecks.conflicts(rows, Set.of(14L), policy));
    ScreeningPolicy strict =
        new ScreeningPolicy(Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.DOUBLE, 1, 0, false, 0);
    assertEquals(Set.of(10L, 11L), TeamChecks.conflicts(rows, Set.of(14L), strict));
    List<LedgerEntry> maybes =
        List.of(row(1, 20, "a", DecisionValue.MAYBE), row(2, 20, "b", DecisionValue.MAYBE));
    assertEquals(Set.of(20L), TeamChecks.conflicts(maybes, Set.of(), strict), "undecided");
  }

  @Test
  void reviewersWhoRunOutOfItemsBeforeTheDecisionsAskedForFailTheRun() {
    Cli r = bench(2, 50, 10);
    assertEquals(1, r.exitCode(), r.out() + r.err());
    JsonNode checks = r.json().get("checks");
    assertEquals(20, checks.get("acknowledged").asInt(), "two reviewers, ten items each");
    assertTrue(
        checks.get("failures").get(0).asText().startsWith("only 20 of 50 decisions were stored"),
        checks.toString());
    assertEquals(0, checks.get("pairsDecidedTwice").asInt(), "what was stored is still right");
  }

  @Test
  void aFolderIsAUsageError() {
    Cli r = Cli.run("bench", "team", "/tmp/not-a-server", "--reviewers", "2");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("postgresql:// URL"), r.err());
  }

  /** The bench on a new database of the test server, with --json. */
  private static Cli bench(int reviewers, int decisions, int records, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "team",
                TestPostgres.newDatabase(),
                "--reviewers",
                Integer.toString(reviewers),
                "--decisions",
                Integer.toString(decisions),
                "--records",
                Integer.toString(records),
                "--json"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static LedgerEntry row(long id, long item, String reviewer, DecisionValue value) {
    return new LedgerEntry(
        id, Stage.TITLE_ABSTRACT, item, reviewer, value, "k" + id, TeamLoad.ORIGIN);
  }
}
