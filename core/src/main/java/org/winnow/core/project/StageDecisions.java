package org.winnow.core.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.winnow.core.model.Decision;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.MergedDecisions;
import org.winnow.core.screening.OutcomeRules;
import org.winnow.core.storage.ScreeningDao;

/**
 * What one stage's outcomes are derived from, read once: its policy, items, each reviewer's latest
 * decision per item, the latest resolution per item and the items merged into others. Decisions and
 * resolutions appended later can be taken in ({@link #take}), re-deriving only the items they
 * touch; anything else (a policy, a reviewer, a merge, other items) needs a new read.
 */
final class StageDecisions {
  private final ScreeningPolicy policy;
  private final List<Long> items;
  private final Set<Long> pilot;
  private final int reviewerCount;
  private final Map<Long, List<Decision>> latest;
  private final Map<Long, Resolution> resolutions;
  private final Map<Long, List<MergedDecisions.Part>> merged;
  private final Map<Long, List<Long>> mergedInto = new HashMap<>();

  private StageDecisions(
      ScreeningPolicy policy,
      List<Long> items,
      int reviewerCount,
      Map<Long, List<Decision>> latest,
      Map<Long, Resolution> resolutions,
      Map<Long, List<MergedDecisions.Part>> merged) {
    this.policy = policy;
    this.items = items;
    this.pilot = OutcomeRules.pilot(policy, items);
    this.reviewerCount = reviewerCount;
    this.latest = latest;
    this.resolutions = resolutions;
    this.merged = merged;
    merged.forEach(
        (item, parts) ->
            parts.forEach(
                p -> mergedInto.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(item)));
  }

  /** Reads a stage's decisions for these items (null: every stored report, at full text). */
  static StageDecisions read(Connection c, Stage stage, List<Long> items) throws SQLException {
    List<Long> ids =
        items != null
            ? items
            : ScreeningDao.reports(c).stream().map(ScreeningDao.ReportRow::id).toList();
    return new StageDecisions(
        ScreeningDao.policy(c, stage),
        ids,
        ScreeningDao.reviewers(c).size(),
        ScreeningDao.latestDecisions(c, stage),
        ScreeningDao.resolutions(c, stage),
        ScreeningService.mergedParts(c, stage, null));
  }

  /** Every item's outcome, pilot items first (reviewers calibrate on them before the rest). */
  Map<Long, ItemOutcome> outcomes() {
    Map<Long, ItemOutcome> out = new LinkedHashMap<>();
    for (long id : pilot) {
      out.put(id, null);
    }
    for (long id : items) {
      out.put(id, outcome(id));
    }
    return out;
  }

  /** One item's outcome from what was read and taken in. */
  ItemOutcome outcome(long id) {
    int required =
        pilot.contains(id)
            ? Math.max(OutcomeRules.required(policy, id), reviewerCount)
            : OutcomeRules.required(policy, id);
    return ScreeningService.outcomeOf(
        policy,
        id,
        required,
        k -> latest.getOrDefault(k, List.of()),
        resolutions::get,
        merged.get(id));
  }

  /**
   * Takes in decisions and resolutions appended since the read (taking one in twice changes
   * nothing); returns the items whose outcome they may change: their own, and those they are merged
   * into.
   */
  Set<Long> take(Map<Long, List<Decision>> decisions, Map<Long, Resolution> newResolutions) {
    Set<Long> touched = new HashSet<>();
    decisions.forEach(
        (item, list) -> {
          // a new list: outcomes derived before hold the old one
          List<Decision> kept = new ArrayList<>(latest.getOrDefault(item, List.of()));
          list.forEach(d -> keepLatest(kept, d));
          latest.put(item, kept);
          touched.add(item);
        });
    newResolutions.forEach(
        (item, r) -> {
          Resolution old = resolutions.get(item);
          if (old == null || old.id() <= r.id()) {
            resolutions.put(item, r);
          }
          touched.add(item);
        });
    Set<Long> owners = new HashSet<>();
    for (long item : touched) {
      owners.addAll(mergedInto.getOrDefault(item, List.of()));
    }
    touched.addAll(owners);
    return touched;
  }

  /** Puts a reviewer's decision in place of their earlier one, keeping reviewer order. */
  private static void keepLatest(List<Decision> kept, Decision d) {
    for (int i = 0; i < kept.size(); i++) {
      Decision k = kept.get(i);
      if (k.reviewer().id() == d.reviewer().id()) {
        if (k.id() <= d.id()) {
          kept.set(i, d);
        }
        return;
      }
      if (k.reviewer().id() > d.reviewer().id()) {
        kept.add(i, d);
        return;
      }
    }
    kept.add(d);
  }
}
