package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.LedgerEntry;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.screening.ItemOutcome;

/**
 * The checks of a team load run, made as the lead from the stored rows: every acknowledged decision
 * is stored exactly once, nothing is stored twice, and the open conflicts the screening service
 * lists equal those computed again here from the rows and the rule docs/screening.md states.
 */
final class TeamChecks {
  private TeamChecks() {}

  /**
   * What the checks found.
   *
   * @param acknowledged decisions the clients were told were stored
   * @param acknowledgedStored of those, found among the stored rows
   * @param stored the run's stored decisions (its origin, above the id stored before it began)
   * @param acknowledgementsLost stored decisions whose client was killed before hearing so
   * @param cutInFlight decisions whose client was killed while writing them
   * @param unexplained stored decisions neither acknowledged nor cut in flight (must be 0)
   * @param pairsDecidedTwice (reviewer, item) pairs holding two benchmark decisions (must be 0)
   * @param writeKeysRepeated write keys on more than one row (must be 0)
   * @param openConflicts the conflicts the screening service lists
   * @param conflictsComputed the conflicts computed here from the rows
   * @param conflictsDiffering items on one list and not the other (must be 0)
   * @param failures each failed check in words; empty when all hold
   */
  record Result(
      boolean passed,
      int acknowledged,
      int acknowledgedStored,
      int stored,
      int acknowledgementsLost,
      int cutInFlight,
      int unexplained,
      int pairsDecidedTwice,
      int writeKeysRepeated,
      int openConflicts,
      int conflictsComputed,
      int conflictsDiffering,
      List<String> failures) {}

  /** Duplicates at one moment: benchmark decisions stored twice for a pair, keys repeated. */
  record Duplicates(int pairsDecidedTwice, int writeKeysRepeated) {
    int total() {
      return pairsDecidedTwice + writeKeysRepeated;
    }
  }

  static Duplicates duplicates(List<LedgerEntry> rows) {
    Map<String, Integer> pairs = new HashMap<>();
    Map<String, Integer> keys = new HashMap<>();
    for (LedgerEntry e : rows) {
      if (TeamLoad.ORIGIN.equals(e.origin())) {
        pairs.merge(e.reviewer() + "\u0000" + e.itemId(), 1, Integer::sum);
      }
      if (e.writeKey() != null) {
        keys.merge(e.writeKey(), 1, Integer::sum);
      }
    }
    return new Duplicates(
        (int) pairs.values().stream().filter(n -> n > 1).count(),
        (int) keys.values().stream().filter(n -> n > 1).count());
  }

  /**
   * Every check, as the lead's project reads the rows now; {@code after}: the highest decision id
   * before the run; {@code runFailures}: what already went wrong during the run (a client stopped,
   * a fault failed), listed first.
   */
  static Result run(ReviewProject lead, TeamLoad load, long after, List<String> runFailures) {
    List<LedgerEntry> rows = lead.decisionLedger().entries(Stage.TITLE_ABSTRACT);
    List<String> failures = new ArrayList<>(runFailures);
    Map<Long, LedgerEntry> run = new LinkedHashMap<>();
    for (LedgerEntry e : rows) {
      if (e.id() > after && TeamLoad.ORIGIN.equals(e.origin())) {
        run.put(e.id(), e);
      }
    }
    List<TeamLoad.Acknowledged> acknowledged = load.acknowledged();
    Set<Long> acknowledgedIds = new HashSet<>();
    int found = 0;
    for (TeamLoad.Acknowledged a : acknowledged) {
      acknowledgedIds.add(a.id());
      LedgerEntry e = run.get(a.id());
      if (e != null
          && e.reviewer().equals(a.reviewer())
          && e.itemId() == a.item()
          && e.value() == a.value()) {
        found++;
      }
    }
    if (found != acknowledged.size()) {
      failures.add(
          (acknowledged.size() - found)
              + " acknowledged decisions are not stored as acknowledged (lost or changed)");
    }
    Set<String> cut =
        load.cut().stream()
            .map(c -> c.reviewer() + "\u0000" + c.item())
            .collect(Collectors.toSet());
    int lost = 0;
    int unexplained = 0;
    for (LedgerEntry e : run.values()) {
      if (!acknowledgedIds.contains(e.id())) {
        if (cut.contains(e.reviewer() + "\u0000" + e.itemId())) {
          lost++;
        } else {
          unexplained++;
        }
      }
    }
    if (unexplained > 0) {
      failures.add(unexplained + " stored decisions were neither acknowledged nor cut in flight");
    }
    Duplicates duplicates = duplicates(rows);
    if (duplicates.pairsDecidedTwice() > 0) {
      failures.add(
          duplicates.pairsDecidedTwice() + " (reviewer, item) pairs hold two benchmark decisions");
    }
    if (duplicates.writeKeysRepeated() > 0) {
      failures.add(duplicates.writeKeysRepeated() + " write keys appear on more than one row");
    }
    Set<Long> listed = new TreeSet<>();
    for (ItemOutcome o : lead.screening().conflicts(Stage.TITLE_ABSTRACT)) {
      listed.add(o.itemId());
    }
    Set<Long> computed =
        conflicts(
            rows,
            lead.decisionLedger().resolvedItems(Stage.TITLE_ABSTRACT),
            lead.screening().policy(Stage.TITLE_ABSTRACT));
    Set<Long> differing = new TreeSet<>(listed);
    differing.addAll(computed);
    Set<Long> both = new HashSet<>(listed);
    both.retainAll(computed);
    differing.removeAll(both);
    if (!differing.isEmpty()) {
      failures.add(
          differing.size()
              + " items differ between the listed and the computed conflicts, e.g. "
              + differing.stream().limit(5).toList());
    }
    return new Result(
        failures.isEmpty(),
        acknowledged.size(),
        found,
        run.size(),
        lost,
        load.cut().size(),
        unexplained,
        duplicates.pairsDecidedTwice(),
        duplicates.writeKeysRepeated(),
        listed.size(),
        computed.size(),
        differing.size(),
        List.copyOf(failures));
  }

  /**
   * The open conflicts of a double-screened stage, from docs/screening.md ("Outcomes") and not from
   * the service: an item awaits until two reviewers have decided it; then it is a conflict unless
   * every reviewer's latest decision agrees on include or on exclude ("maybe" counting as include
   * when the policy says so, and "maybe" agreed upon being no agreement); a resolved item is
   * settled.
   */
  static Set<Long> conflicts(List<LedgerEntry> rows, Set<Long> resolved, ScreeningPolicy policy) {
    Map<Long, Map<String, LedgerEntry>> latest = new HashMap<>();
    for (LedgerEntry e : rows) { // in id order: a later row replaces the reviewer's earlier one
      latest.computeIfAbsent(e.itemId(), k -> new HashMap<>()).put(e.reviewer(), e);
    }
    Set<Long> out = new TreeSet<>();
    for (Map.Entry<Long, Map<String, LedgerEntry>> item : latest.entrySet()) {
      if (resolved.contains(item.getKey()) || item.getValue().size() < 2) {
        continue;
      }
      Set<DecisionValue> values = new HashSet<>();
      for (LedgerEntry e : item.getValue().values()) {
        values.add(
            e.value() == DecisionValue.MAYBE && policy.maybeCountsAsInclude()
                ? DecisionValue.INCLUDE
                : e.value());
      }
      if (values.size() > 1 || values.contains(DecisionValue.MAYBE)) {
        out.add(item.getKey());
      }
    }
    return out;
  }
}
