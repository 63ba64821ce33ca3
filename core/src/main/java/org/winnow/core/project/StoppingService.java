package org.winnow.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.PreScreeningExclusion;
import org.winnow.core.model.Stage;
import org.winnow.core.ranking.HypergeometricStoppingRule;
import org.winnow.core.ranking.ScreeningHistory;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.core.ranking.StopCheck;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.ExclusionDao;
import org.winnow.core.storage.ScreeningOrderDao;

/**
 * When may the team stop screening a stage? The hypergeometric stopping rule on the stage's items
 * in the order they were first decided, and the team's decision to stop: the title-abstract items
 * nobody has screened then leave screening as records marked ineligible by automation tools
 * (PRISMA's {@code excluded_automatic}), each explained by the stop and the rule's estimate.
 */
public final class StoppingService {
  /** The prefix of the removal reason a stop writes; its undo finds the records by it. */
  static final String STOP_REASON = "screening stopped (stop #";

  private final ReviewProject project;

  StoppingService(ReviewProject project) {
    this.project = project;
  }

  /**
   * The stopping rule's verdict at a stage.
   *
   * @param valid whether the rule's assumptions hold: every screened item was served in prioritised
   *     or random order
   * @param notServedInOrder screened items that were not (loaded in bulk, decided by record id,
   *     served in file order)
   * @param warnings what makes the test invalid, in words
   */
  public record Report(
      Stage stage, StopCheck check, boolean valid, int notServedInOrder, List<String> warnings) {
    public Report {
      warnings = List.copyOf(warnings);
    }
  }

  /** What a stop (or its undo) did. */
  public record Stop(
      Stage stage, boolean undo, String by, String reason, String explanation, int records) {}

  /**
   * A stage's recall curve so far: each screened item, relevant or not (as the stopping rule counts
   * it), in the order items were first decided, out of every item of the stage.
   */
  public record RecallCurve(Stage stage, int records, ScreeningHistory history) {}

  /** The stage's screened items in the order they were first decided, and how each was served. */
  private record Screened(int records, List<ItemOutcome> inOrder, Map<Long, Set<String>> served) {
    ScreeningHistory history() {
      ScreeningHistory history = new ScreeningHistory();
      inOrder.forEach(o -> history.add(relevant(o)));
      return history;
    }
  }

  /** The recall curve of a stage's screening so far (the dashboard draws it). */
  public RecallCurve curve(Stage stage) {
    return curve(stage, project.screening().outcomesNow());
  }

  /** As above from outcomes already derived (the dashboard shows the curve beside its counts). */
  public RecallCurve curve(Stage stage, ScreeningOutcomes outcomes) {
    Map<Long, ItemOutcome> all = outcomes.of(stage);
    Screened s = new Screened(all.size(), inOrder(all, outcomes.firstDecisions(stage)), Map.of());
    return new RecallCurve(stage, s.records(), s.history());
  }

  private Screened screened(Stage stage) {
    ScreeningOutcomes outcomes = project.screening().outcomesNow();
    Map<Long, ItemOutcome> all = outcomes.of(stage);
    Map<Long, Set<String>> served =
        project.database().read(c -> ScreeningOrderDao.servedOrders(c, stage));
    return new Screened(all.size(), inOrder(all, outcomes.firstDecisions(stage)), served);
  }

  /** The screened items (decided or resolved) in the order they were first decided. */
  private static List<ItemOutcome> inOrder(
      Map<Long, ItemOutcome> all, Map<Long, Long> firstDecision) {
    List<ItemOutcome> screened = new ArrayList<>();
    for (ItemOutcome o : all.values()) {
      if (firstDecision.containsKey(o.itemId()) || o.resolution() != null) {
        screened.add(o);
      }
    }
    screened.sort(
        java.util.Comparator.comparingLong(
            o -> firstDecision.getOrDefault(o.itemId(), Long.MAX_VALUE)));
    return screened;
  }

  /** Runs the standard rule (95% recall with 95% confidence) on the stage's screening so far. */
  public Report check(Stage stage) {
    Screened s = screened(stage);
    List<ItemOutcome> screened = s.inOrder();
    int notInOrder = 0;
    for (ItemOutcome o : screened) {
      Set<String> orders = s.served().getOrDefault(o.itemId(), Set.of());
      if (orders.isEmpty() || orders.contains(ScreeningOrder.FILE.cliName())) {
        notInOrder++;
      }
    }
    StopCheck check = HypergeometricStoppingRule.standard().check(s.history(), s.records());
    List<String> warnings = new ArrayList<>();
    if (notInOrder > 0) {
      warnings.add(
          notInOrder
              + " of "
              + screened.size()
              + " screened items were not served in prioritised or random order (loaded in bulk,"
              + " decided by record id, or served with --order file): the stopping rule assumes"
              + " the items were ranked or drawn at random, so this test is not valid");
    }
    return new Report(stage, check, notInOrder == 0, notInOrder, warnings);
  }

  /** Relevant for the rule: included, or not settled yet and someone did not exclude it. */
  private static boolean relevant(ItemOutcome o) {
    if (o.status() == ItemStatus.INCLUDED || o.status() == ItemStatus.EXCLUDED) {
      return o.status() == ItemStatus.INCLUDED;
    }
    for (Decision d : o.decisions()) {
      if (d.value() != DecisionValue.EXCLUDE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The team stops title-abstract screening: every item nobody has decided on leaves screening as
   * marked ineligible by automation tools, its reason naming this stop and the rule's estimate now.
   * Items some reviewers have decided stay in screening. Audited; {@link #undo} puts them back.
   */
  public Stop stop(Stage stage, String by, String reason) throws ProjectException {
    requireTitleAbstract(stage);
    project.members().requireLead("stop screening");
    if (by == null || by.isBlank()) {
      throw new ProjectException("say who stops screening (--by NAME)");
    }
    if (reason == null || reason.isBlank()) {
      throw new ProjectException("a stop needs a reason (--reason TEXT)");
    }
    Report report = check(stage);
    String explanation = explanation(report);
    List<Long> left = new ArrayList<>();
    project
        .screening()
        .outcomes(stage)
        .values()
        .forEach(
            o -> {
              if (o.decisions().isEmpty() && o.resolution() == null) {
                left.add(o.itemId());
              }
            });
    return project
        .database()
        .inTransaction(
            ProjectException.class,
            c -> {
              Optional<ScreeningOrderDao.StopRow> last = ScreeningOrderDao.latestStop(c, stage);
              if (last.isPresent() && !last.get().undo()) {
                throw new ProjectException(
                    stage.cliName()
                        + " screening was already stopped by "
                        + last.get().by()
                        + "; undo that stop first (--stop --undo)");
              }
              long id =
                  ScreeningOrderDao.addStop(
                      c, stage, false, by.strip(), reason.strip(), explanation);
              String why =
                  STOP_REASON
                      + id
                      + " by "
                      + by.strip()
                      + ": "
                      + reason.strip()
                      + "); "
                      + explanation;
              for (long citation : left) {
                ExclusionDao.add(c, citation, PreScreeningExclusion.Kind.AUTOMATIC, false, why, by);
              }
              AuditDao.log(
                  c,
                  by.strip(),
                  "screening-stop",
                  "stage",
                  id,
                  left.size() + " records left unscreened: " + reason.strip() + "; " + explanation);
              return new Stop(stage, false, by.strip(), reason.strip(), explanation, left.size());
            });
  }

  /** Puts back the records the latest stop removed, so screening goes on. Audited. */
  public Stop undo(Stage stage, String by, String reason) throws ProjectException {
    requireTitleAbstract(stage);
    project.members().requireLead("undo a stop of screening");
    String who = by == null || by.isBlank() ? "unknown" : by.strip();
    String why = reason == null || reason.isBlank() ? "stop undone" : reason.strip();
    return project
        .database()
        .inTransaction(
            ProjectException.class,
            c -> {
              Optional<ScreeningOrderDao.StopRow> last = ScreeningOrderDao.latestStop(c, stage);
              if (last.isEmpty() || last.get().undo()) {
                throw new ProjectException(
                    stage.cliName() + " screening is not stopped: nothing to undo");
              }
              String prefix = STOP_REASON + last.get().id() + " ";
              int back = 0;
              for (PreScreeningExclusion e : ExclusionDao.current(c).values()) {
                if (e.reason().startsWith(prefix)) {
                  ExclusionDao.add(c, e.citationId(), e.kind(), true, why, who);
                  back++;
                }
              }
              long id = ScreeningOrderDao.addStop(c, stage, true, who, why, "");
              AuditDao.log(
                  c,
                  who,
                  "screening-stop-undo",
                  "stage",
                  id,
                  "stop #" + last.get().id() + " undone, " + back + " records back: " + why);
              return new Stop(stage, true, who, why, "", back);
            });
  }

  /** The rule's estimate in words, as the PRISMA explanation and the audit give it. */
  static String explanation(Report r) {
    StopCheck s = r.check();
    return String.format(
        Locale.ROOT,
        "hypergeometric stopping rule: recall at least %.3f with %.0f%% confidence (target %.0f%%),"
            + " p = %.4f, %s; %d of %d records screened, %d relevant found, at most %d relevant"
            + " left%s",
        s.recallLowerBound(),
        s.confidence() * 100,
        s.targetRecall() * 100,
        s.pValue(),
        s.stop() ? "the rule says stop" : "the rule does not say stop yet",
        s.screened(),
        s.records(),
        s.relevantFound(),
        s.relevantLeftUpperBound(),
        r.valid() ? "" : " (not valid: items were not all served in prioritised or random order)");
  }

  private static void requireTitleAbstract(Stage stage) throws ProjectException {
    if (stage != Stage.TITLE_ABSTRACT) {
      throw new ProjectException(
          "only title-abstract screening can be stopped early: the records left count as marked"
              + " ineligible by automation tools, which PRISMA reports before screening");
    }
  }
}
