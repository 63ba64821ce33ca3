package org.winnow.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.winnow.core.io.BadRowsException;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.RowProblem;
import org.winnow.core.io.decisions.DecisionFile;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.model.PreScreeningExclusion;
import org.winnow.core.model.Record;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.model.WriteKey;
import org.winnow.core.ranking.QueueRanking;
import org.winnow.core.ranking.RankingText;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.core.screening.IndependentDecisions;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.core.screening.MergedDecisions;
import org.winnow.core.screening.OutcomeRules;
import org.winnow.core.screening.agreement.AgreementInput;
import org.winnow.core.screening.agreement.Rating;
import org.winnow.core.screening.agreement.ReviewerPair;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.DedupDao;
import org.winnow.core.storage.ExclusionDao;
import org.winnow.core.storage.FullTextDao;
import org.winnow.core.storage.RecordDao;
import org.winnow.core.storage.ScreeningDao;
import org.winnow.core.storage.ScreeningOrderDao;

/**
 * Screening of a project: reviewers, policies, blinded decisions, outcomes and conflicts,
 * resolutions, full-text retrieval. Title-abstract screens citations found in databases and
 * registers; full text screens reports: one per citation included at title-abstract, and one per
 * citation found only by other methods (PRISMA's second column).
 */
public final class ScreeningService {
  private final ReviewProject project;

  ScreeningService(ReviewProject project) {
    this.project = project;
  }

  // ---------------------------------------------------------------- reviewers

  public Reviewer addReviewer(String name, String initials, String actor) throws ProjectException {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new ProjectException("a reviewer needs a name");
    }
    String i = initials == null || initials.isBlank() ? initialsOf(n) : initials.strip();
    return write(
        c -> {
          if (ScreeningDao.reviewer(c, n).isPresent()) {
            throw new ProjectException("reviewer '" + n + "' already exists");
          }
          Reviewer r = ScreeningDao.addReviewer(c, n, i);
          AuditDao.log(c, actor, "reviewer-add", "reviewer", r.id(), n + " (" + i + ")");
          return r;
        });
  }

  static String initialsOf(String name) {
    StringBuilder s = new StringBuilder();
    for (String part : name.split("[\\s.\\-]+")) {
      if (!part.isEmpty()) {
        s.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
      }
    }
    return s.toString();
  }

  public List<Reviewer> reviewers() {
    return project.database().read(ScreeningDao::reviewers);
  }

  public Reviewer reviewer(String nameOrInitials) throws ProjectException {
    Optional<Reviewer> r =
        project.database().read(c -> ScreeningDao.reviewer(c, nameOrInitials.strip()));
    if (r.isEmpty()) {
      throw new ProjectException(
          "no reviewer '"
              + nameOrInitials
              + "'; add one with 'winnow reviewer add DIR NAME' (reviewers: "
              + reviewers().stream().map(Reviewer::name).toList()
              + ")");
    }
    return r.get();
  }

  // ---------------------------------------------------------------- policies and reasons

  public ScreeningPolicy policy(Stage stage) {
    return project.database().read(c -> ScreeningDao.policy(c, stage));
  }

  /**
   * Sets a stage's policy; a sample needs a fraction in (0, 1] and is drawn with the given seed.
   */
  public ScreeningPolicy setPolicy(
      Stage stage,
      ScreeningPolicy.Mode mode,
      Double fraction,
      Long seed,
      Boolean maybeCountsAsInclude,
      String actor)
      throws ProjectException {
    return setPolicy(stage, mode, fraction, seed, maybeCountsAsInclude, null, actor);
  }

  /**
   * As above, with a pilot (calibration) set of {@code pilotSize} items (null keeps the current
   * one) that every reviewer screens before the rest.
   */
  public ScreeningPolicy setPolicy(
      Stage stage,
      ScreeningPolicy.Mode mode,
      Double fraction,
      Long seed,
      Boolean maybeCountsAsInclude,
      Integer pilotSize,
      String actor)
      throws ProjectException {
    return setPolicy(stage, mode, fraction, seed, maybeCountsAsInclude, pilotSize, false, actor);
  }

  /**
   * As above. Once a stage has decisions its policy is refused unless {@code force}: fewer required
   * decisions, another sample or "maybe" counted otherwise can settle items and so show a reviewer
   * (and every export) the decisions of others that were blinded until then. A forced change is
   * audited as such.
   */
  public ScreeningPolicy setPolicy(
      Stage stage,
      ScreeningPolicy.Mode mode,
      Double fraction,
      Long seed,
      Boolean maybeCountsAsInclude,
      Integer pilotSize,
      boolean force,
      String actor)
      throws ProjectException {
    ScreeningPolicy old = policy(stage);
    if (pilotSize != null && pilotSize < 0) {
      throw new ProjectException("--pilot must be 0 or more items");
    }
    double f =
        mode == ScreeningPolicy.Mode.SAMPLE
            ? (fraction == null ? 0.25 : fraction)
            : mode == ScreeningPolicy.Mode.DOUBLE ? 1 : 0;
    if (f < 0 || f > 1 || (mode == ScreeningPolicy.Mode.SAMPLE && f == 0)) {
      throw new ProjectException("--fraction must be in (0, 1], e.g. 0.25 for a 25% sample");
    }
    ScreeningPolicy p =
        new ScreeningPolicy(
            stage,
            mode,
            f,
            seed == null ? old.seed() : seed,
            maybeCountsAsInclude == null ? old.maybeCountsAsInclude() : maybeCountsAsInclude,
            pilotSize == null ? old.pilotSize() : pilotSize);
    return write(
        c -> {
          int decisions = ScreeningDao.decisionCount(c, stage);
          boolean changed = !p.equals(old);
          if (changed && decisions > 0 && !force) {
            throw new ProjectException(
                "screening has started at "
                    + stage.cliName()
                    + " ("
                    + decisions
                    + " decisions): changing its policy now can settle items and reveal other"
                    + " reviewers' decisions; add --force to change it anyway");
          }
          ScreeningDao.setPolicy(c, p, actor);
          AuditDao.log(
              c,
              actor,
              changed && decisions > 0 ? "policy-forced" : "policy",
              "stage",
              null,
              stage.cliName()
                  + ": "
                  + p.mode().cliName()
                  + " fraction "
                  + p.fraction()
                  + " seed "
                  + p.seed()
                  + " maybe-counts-as-include "
                  + p.maybeCountsAsInclude());
          return p;
        });
  }

  public List<ExclusionReason> reasons() {
    return project.database().read(ScreeningDao::reasons);
  }

  public ExclusionReason addReason(String label, String actor) throws ProjectException {
    if (label == null || label.isBlank()) {
      throw new ProjectException("an exclusion reason needs a label");
    }
    return write(
        c -> {
          ExclusionReason r = ScreeningDao.addReason(c, label.strip());
          AuditDao.log(c, actor, "reason-add", "exclusion_reason", r.id(), r.label());
          return r;
        });
  }

  public void retireReason(String label, String actor) throws ProjectException {
    write(
        c -> {
          if (!ScreeningDao.retireReason(c, label.strip())) {
            throw new ProjectException("no exclusion reason '" + label + "'");
          }
          AuditDao.log(c, actor, "reason-retire", "exclusion_reason", null, label);
          return null;
        });
  }

  private ExclusionReason reason(List<ExclusionReason> reasons, String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    for (ExclusionReason r : reasons) {
      if (r.label().equalsIgnoreCase(label.strip())) {
        return r;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- items and outcomes

  /** The items of a stage in a stable order (citation ids, or report ids at full text). */
  public List<Long> items(Stage stage) {
    if (stage == Stage.TITLE_ABSTRACT) {
      return project
          .database()
          .read(c -> titleAbstractItems(c, ScreeningDao.citationsFromDatabasesOrRegisters(c)));
    }
    return new ArrayList<>(fullTextReports().keySet());
  }

  /**
   * The citations screened at title-abstract: those from databases or registers ({@code columns})
   * less the records removed before screening (automation tools, other reasons).
   */
  static List<Long> titleAbstractItems(Connection c, Map<Long, Boolean> columns)
      throws SQLException {
    List<Long> out = new ArrayList<>();
    Set<Long> removed = ExclusionDao.current(c).keySet();
    columns.forEach(
        (id, db) -> {
          if (db && !removed.contains(id)) {
            out.add(id);
          }
        });
    return out;
  }

  /**
   * Reports at full text: report id → citation id, for every citation included at title-abstract or
   * found only by other methods. Missing report rows are created (reports are "sought" from then
   * on).
   */
  public Map<Long, Long> fullTextReports() {
    return fullTextReports(outcomes(Stage.TITLE_ABSTRACT));
  }

  /**
   * Both stages' outcomes, each derived once, for a view that shows several figures from them (the
   * dashboard: progress per stage and reviewer, and the PRISMA counts).
   */
  public ScreeningOutcomes outcomesNow() {
    return project.derivedOutcomes().now();
  }

  /** As above from title-abstract outcomes already computed (PRISMA needs both). */
  Map<Long, Long> fullTextReports(Map<Long, ItemOutcome> ta) {
    return fullTextReports(
        ta, project.database().read(ScreeningDao::citationsFromDatabasesOrRegisters));
  }

  /**
   * As above, knowing which citations come from databases or registers ({@code columns}, as {@link
   * ScreeningDao#citationsFromDatabasesOrRegisters} gives them).
   */
  Map<Long, Long> fullTextReports(Map<Long, ItemOutcome> ta, Map<Long, Boolean> columns) {
    if (project.database().readOnly()) {
      // a reader may not create report rows: an eligible citation without one yet stands for its
      // report under a provisional id (minus the citation's id) that no stored row can have
      return project.database().read(c -> fullTextReports(c, columns, ta, citation -> -citation));
    }
    return project
        .database()
        .inTransaction(
            c -> fullTextReports(c, columns, ta, citation -> ScreeningDao.addReport(c, citation)));
  }

  /** How a citation eligible at full text gets a report when it has none yet. */
  @FunctionalInterface
  private interface ReportMaker {
    long reportFor(long citation) throws SQLException;
  }

  private static Map<Long, Long> fullTextReports(
      Connection c, Map<Long, Boolean> columns, Map<Long, ItemOutcome> ta, ReportMaker missing)
      throws SQLException {
    Map<Long, Long> reportOfCitation = new LinkedHashMap<>();
    for (ScreeningDao.ReportRow r : ScreeningDao.reports(c)) {
      reportOfCitation.put(r.citationId(), r.id());
    }
    Map<Long, Long> out = new LinkedHashMap<>();
    for (Map.Entry<Long, Boolean> e : columns.entrySet()) {
      long citation = e.getKey();
      boolean eligible =
          !e.getValue()
              || (ta.containsKey(citation) && ta.get(citation).status() == ItemStatus.INCLUDED);
      if (!eligible) {
        continue;
      }
      Long report = reportOfCitation.get(citation);
      out.put(report != null ? report : missing.reportFor(citation), citation);
    }
    return out;
  }

  /** The outcome of every item of a stage. */
  public Map<Long, ItemOutcome> outcomes(Stage stage) {
    return outcomes(stage, stage == Stage.TITLE_ABSTRACT ? items(stage) : null);
  }

  /** The outcomes of these items (null: every stored report, at full text). */
  private Map<Long, ItemOutcome> outcomes(Stage stage, List<Long> items) {
    return project.database().read(c -> StageDecisions.read(c, stage, items).outcomes());
  }

  public List<ItemOutcome> conflicts(Stage stage) {
    Map<Long, ItemOutcome> all = stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage);
    return all.values().stream().filter(o -> o.status() == ItemStatus.CONFLICT).toList();
  }

  /** Full-text outcomes for the reports currently at full text. */
  public Map<Long, ItemOutcome> fullTextOutcomes() {
    return fullTextOutcomes(fullTextReports());
  }

  /** As above for the reports {@link #fullTextReports} gave. */
  Map<Long, ItemOutcome> fullTextOutcomes(Map<Long, Long> reports) {
    // the reports at full text, including any a reader sees before a writer has created its row
    Map<Long, ItemOutcome> all = outcomes(Stage.FULL_TEXT, new ArrayList<>(reports.keySet()));
    // a report marked not retrieved cannot be assessed: it leaves the full-text queue, its
    // progress and PRISMA's awaiting count (PRISMA counts it under "reports not retrieved")
    all.keySet().removeAll(notRetrieved());
    return all;
  }

  private Set<Long> notRetrieved() {
    return project
        .database()
        .read(
            c -> {
              Set<Long> out = new HashSet<>();
              for (ScreeningDao.ReportRow r : ScreeningDao.reports(c)) {
                if (NOT_RETRIEVED.equals(r.retrieval())) {
                  out.add(r.id());
                }
              }
              return out;
            });
  }

  private static final String NOT_RETRIEVED = "not-retrieved";

  /** Refuses a decision on a report whose full text was not retrieved. */
  private static void checkRetrievable(Connection c, Stage stage, long item, String recordId)
      throws SQLException, ProjectException {
    if (stage != Stage.FULL_TEXT) {
      return;
    }
    ScreeningDao.ReportRow report = ScreeningDao.report(c, item);
    if (report != null && NOT_RETRIEVED.equals(report.retrieval())) {
      throw new ProjectException(
          "record "
              + recordId
              + " was marked not retrieved, so it cannot be assessed; if the full text was"
              + " obtained after all, undo it first with 'winnow retrieval DIR --item "
              + recordId
              + " --retrieved' (or --attach FILE.pdf)");
    }
  }

  /** The item a record ID (file ID or #N) stands for at a stage: its citation, or its report. */
  public long itemOf(Stage stage, String recordId) throws ProjectException {
    long citation = citationOf(recordId);
    if (stage == Stage.TITLE_ABSTRACT) {
      // this citation only, not every item of the stage: bulk files ask once per row
      PreScreeningExclusion removed =
          project.database().read(c -> ExclusionDao.current(c).get(citation));
      if (removed != null) {
        throw new ProjectException(
            "record "
                + recordId
                + " was removed before screening ("
                + removed.kind().cliName()
                + ", by "
                + removed.by()
                + ": "
                + removed.reason()
                + "); put it back with 'winnow exclude DIR --item "
                + recordId
                + " --undo'");
      }
      if (!project.database().read(c -> ScreeningDao.fromDatabaseOrRegister(c, citation))) {
        throw new ProjectException(
            "record "
                + recordId
                + " was found only by other methods: it goes straight to full text");
      }
      return citation;
    }
    for (Map.Entry<Long, Long> e : fullTextReports().entrySet()) {
      if (e.getValue() == citation) {
        return e.getKey();
      }
    }
    throw new ProjectException(
        "record " + recordId + " is not at full text (it was not included at title-abstract)");
  }

  /** The citation a record ID (file ID or #N) belongs to. */
  long citationOf(String recordId) throws ProjectException {
    List<Long> ids = project.database().read(c -> DedupDao.recordsWithId(c, recordId.strip()));
    if (ids.isEmpty()) {
      throw new ProjectException("no record with ID '" + recordId + "'");
    }
    if (ids.size() > 1) {
      List<Long> citations =
          project
              .database()
              .read(
                  c -> {
                    List<Long> cs = new ArrayList<>();
                    for (long id : ids) {
                      cs.add(RecordDao.byId(c, id).citationId());
                    }
                    return cs;
                  });
      if (citations.stream().distinct().count() > 1) {
        throw new ProjectException(
            "ID '"
                + recordId
                + "' names records of different citations; use #N with one of: "
                + ids.stream().map(i -> "#" + i).toList());
      }
      return citations.get(0);
    }
    return project.database().read(c -> RecordDao.byId(c, ids.get(0)).citationId());
  }

  /**
   * The citation an item stands for: itself at title-abstract, its report's at full text (a
   * provisional report, which only a read-only open has, is minus its citation's id).
   */
  private static long citationOfItem(Connection c, Stage stage, long itemId) throws SQLException {
    if (stage == Stage.TITLE_ABSTRACT) {
      return itemId;
    }
    return itemId < 0 ? -itemId : ScreeningDao.citationOfReport(c, itemId);
  }

  /** The citation behind an item. */
  public CitationView citation(Stage stage, long itemId) {
    return project
        .database()
        .read(
            c -> {
              long citation = citationOfItem(c, stage, itemId);
              return CitationView.of(citation, RecordDao.byCitation(c, citation));
            });
  }

  // ---------------------------------------------------------------- decisions

  /** One decision by one reviewer; appended, never overwriting. */
  public Decision decide(
      Stage stage,
      String recordId,
      String reviewerName,
      DecisionValue value,
      String reasonLabel,
      String note,
      List<String> labels,
      String origin)
      throws ProjectException {
    long item = itemOf(stage, recordId);
    write(
        c -> {
          checkRetrievable(c, stage, item, recordId);
          return null;
        });
    return decide(stage, item, reviewerName, value, reasonLabel, note, labels, origin);
  }

  /**
   * As above for an item id that {@link #queue}, {@link #view} or {@link #outcomes} gave: the
   * screening window decides by item, so a keystroke costs one insert, not a walk over every item.
   */
  public Decision decide(
      Stage stage,
      long item,
      String reviewerName,
      DecisionValue value,
      String reasonLabel,
      String note,
      List<String> labels,
      String origin)
      throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    ExclusionReason reason = checkReason(stage, value, reasonLabel, reasons());
    WriteKey key = WriteKey.random(); // made once: a retry after a lost connection sends it again
    return idempotentWrite(
        c -> {
          boolean exists =
              stage == Stage.TITLE_ABSTRACT
                  ? !RecordDao.byCitation(c, item).isEmpty()
                  : ScreeningDao.reports(c).stream().anyMatch(r -> r.id() == item);
          if (!exists) {
            throw new ProjectException("no " + stage.cliName() + " item " + item);
          }
          checkRetrievable(c, stage, item, "#" + item);
          if (stage == Stage.TITLE_ABSTRACT && ExclusionDao.isRemoved(c, item)) {
            throw new ProjectException(
                "citation "
                    + item
                    + " was removed before screening; put it back with 'winnow exclude --undo'"
                    + " first");
          }
          long id =
              ScreeningDao.addDecision(
                  c, key, stage, item, reviewer, value, reason, note, labels, origin);
          AuditDao.log(
              c,
              key.derived("audit"),
              reviewer.name(),
              "decide",
              stage.cliName(),
              item,
              value.cliName() + (reason == null ? "" : " (" + reason.label() + ")"));
          return ScreeningDao.latestDecisions(c, stage, item).get(item).stream()
              .filter(d -> d.id() == id)
              .findFirst()
              .orElseThrow();
        });
  }

  /**
   * This reviewer's latest decision per item of a stage (item id → decision), and nobody else's:
   * what the screening window lists as "screened by me" without unblinding anyone.
   */
  public Map<Long, Decision> ownDecisions(Stage stage, String reviewerName)
      throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    return project
        .database()
        .read(
            c -> {
              Map<Long, Decision> out = new LinkedHashMap<>();
              ScreeningDao.latestDecisions(c, stage)
                  .forEach(
                      (item, decisions) ->
                          decisions.stream()
                              .filter(d -> d.reviewer().id() == reviewer.id())
                              .findFirst()
                              .ifPresent(d -> out.put(item, d)));
              return out;
            });
  }

  private ExclusionReason checkReason(
      Stage stage, DecisionValue value, String label, List<ExclusionReason> reasons)
      throws ProjectException {
    ExclusionReason reason = reason(reasons, label);
    if (label != null && !label.isBlank() && reason == null) {
      throw new ProjectException(
          "'"
              + label
              + "' is not in the project's exclusion reasons "
              + reasons.stream().map(ExclusionReason::label).toList()
              + "; add it with 'winnow reasons DIR --add \""
              + label
              + "\"'");
    }
    if (value == DecisionValue.EXCLUDE && stage == Stage.FULL_TEXT && reason == null) {
      throw new ProjectException(
          "excluding at full text needs a reason (one of "
              + reasons.stream().map(ExclusionReason::label).toList()
              + ")");
    }
    if (value != DecisionValue.EXCLUDE && reason != null) {
      throw new ProjectException(
          "a reason goes with 'exclude', not with '" + value.cliName() + "'");
    }
    return reason;
  }

  /** What a bulk load stored: decisions, and rows left out because they had no decision yet. */
  public record BulkLoad(int decisions, int skipped) {}

  /**
   * Loads many decisions of one reviewer from a decision file ({@link DecisionFile}: comma,
   * semicolon or tab; ASReview and Rayyan exports too). Every row is checked first: when any is
   * bad, every bad row is named (line and column) and nothing is stored; otherwise all rows are
   * stored in one transaction.
   */
  public BulkLoad loadDecisions(Stage stage, String reviewerName, Path file, String origin)
      throws ImportException, ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    DecisionFile decisions = DecisionFile.read(file, reviewer.name());
    List<ExclusionReason> reasons = reasons();
    Map<Long, Long> itemOfCitation = new LinkedHashMap<>();
    if (stage == Stage.TITLE_ABSTRACT) {
      for (long id : items(stage)) {
        itemOfCitation.put(id, id);
      }
    } else {
      fullTextReports().forEach((report, citation) -> itemOfCitation.put(citation, report));
    }
    Set<Long> notRetrieved = stage == Stage.FULL_TEXT ? notRetrieved() : Set.of();
    List<RowProblem> problems = new ArrayList<>(decisions.problems());
    List<PendingDecision> pending = new ArrayList<>();
    for (DecisionFile.Row row : decisions.rows()) {
      Long item = null;
      if (!row.id().isEmpty()) {
        try {
          item = itemOfCitation.get(citationOf(row.id()));
          if (item == null) {
            problems.add(
                decisions.problem(
                    row,
                    DecisionFile.Field.ID,
                    "record " + row.id() + " is not at " + stage.cliName()));
          } else if (notRetrieved.contains(item)) {
            problems.add(
                decisions.problem(
                    row,
                    DecisionFile.Field.ID,
                    "record " + row.id() + " was marked not retrieved, so it cannot be assessed"));
          }
        } catch (ProjectException e) {
          problems.add(decisions.problem(row, DecisionFile.Field.ID, e.getMessage()));
        }
      }
      ExclusionReason reason = null;
      if (row.value() != null) {
        try {
          reason = checkReason(stage, row.value(), row.reason(), reasons);
        } catch (ProjectException e) {
          problems.add(decisions.problem(row, DecisionFile.Field.REASON, e.getMessage()));
        }
      }
      pending.add(new PendingDecision(item, row.value(), reason, row.note(), row.labels()));
    }
    if (!problems.isEmpty()) {
      throw new BadRowsException(decisions.file(), problems);
    }
    WriteKey key = WriteKey.random(); // the load's key; each row's is derived from it
    int stored =
        project
            .database()
            .idempotent(
                c -> {
                  int row = 0;
                  for (PendingDecision d : pending) {
                    ScreeningDao.addDecision(
                        c,
                        key.derived("row " + row++),
                        stage,
                        d.item(),
                        reviewer,
                        d.value(),
                        d.reason(),
                        d.note(),
                        d.labels(),
                        origin);
                  }
                  AuditDao.log(
                      c,
                      key.derived("audit"),
                      reviewer.name(),
                      "decide-bulk",
                      stage.cliName(),
                      null,
                      pending.size() + " decisions from " + decisions.file());
                  return pending.size();
                });
    return new BulkLoad(stored, decisions.skipped());
  }

  private record PendingDecision(
      Long item, DecisionValue value, ExclusionReason reason, String note, List<String> labels) {}

  /** As {@link #loadDecisions}, returning the number of decisions stored. */
  public int bulkLoad(Stage stage, String reviewerName, Path csv, String origin)
      throws ImportException, ProjectException {
    return loadDecisions(stage, reviewerName, csv, origin).decisions();
  }

  // ---------------------------------------------------------------- blinded views

  /** The next item this reviewer should screen: not decided by them and still needing decisions. */
  public Optional<ScreeningItem> next(Stage stage, String reviewerName) throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    Map<Long, ItemOutcome> all = stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage);
    for (ItemOutcome o : all.values()) {
      boolean mine = o.decisions().stream().anyMatch(d -> d.reviewer().id() == reviewer.id());
      if (!mine && o.status() == ItemStatus.AWAITING) {
        return Optional.of(view(stage, o, reviewer));
      }
    }
    return Optional.empty();
  }

  /**
   * An item as a screening session reaches it: the item as this reviewer may see it, and whether
   * others have given it every decision the stage needs since the session's queue was taken, so
   * that it no longer awaits this reviewer (the session passes over it).
   */
  public record SessionItem(ScreeningItem item, boolean finishedByOthers) {}

  /**
   * The item {@link #view} shows, and whether others finished it. Where this connection reads every
   * decision (a folder) the item's outcome says so, as the queue decides; on a team server, whose
   * row-level security hides the others' decisions, the server answers without saying who decided
   * nor what.
   */
  public SessionItem sessionItem(Stage stage, long itemId, String reviewerName)
      throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    ItemOutcome o = outcome(stage, itemId);
    ScreeningItem item = view(stage, o, reviewer);
    boolean finished =
        item.own() == null
            && (project.onServer()
                ? project
                    .database()
                    .read(c -> ScreeningDao.decidedEnoughByOthers(c, stage, itemId, reviewer.id()))
                : o.status() != ItemStatus.AWAITING);
    return new SessionItem(item, finished);
  }

  /**
   * An item as this reviewer may see it (blinded until every required decision is in). Reads only
   * this item, so stepping through a large review stays fast.
   */
  public ScreeningItem view(Stage stage, long itemId, String reviewerName) throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    return view(stage, outcome(stage, itemId), reviewer);
  }

  /** The outcome of one item, reading only its own decisions. */
  public ItemOutcome outcome(Stage stage, long itemId) {
    return project
        .database()
        .read(
            c -> {
              ScreeningPolicy policy = ScreeningDao.policy(c, stage);
              int required = OutcomeRules.required(policy, itemId);
              if (policy.pilotSize() > 0) {
                required = pilotRequired(c, policy, stage, itemId, required);
              }
              return outcomeOf(c, policy, stage, itemId, required);
            });
  }

  /** One item's outcome, reading only its own decisions (and those of items merged into it). */
  private ItemOutcome outcomeOf(
      Connection c, ScreeningPolicy policy, Stage stage, long itemId, int required)
      throws SQLException {
    Long citation =
        stage == Stage.TITLE_ABSTRACT
            ? Long.valueOf(itemId)
            : ScreeningDao.report(c, itemId) == null
                ? null
                : ScreeningDao.citationOfReport(c, itemId);
    List<MergedDecisions.Part> parts =
        citation == null ? null : mergedParts(c, stage, citation).get(itemId);
    if (parts == null) {
      return OutcomeRules.outcome(
          policy,
          itemId,
          required,
          ScreeningDao.latestDecisions(c, stage, itemId).getOrDefault(itemId, List.of()),
          ScreeningDao.resolution(c, stage, itemId));
    }
    return OutcomeRules.outcome(policy, itemId, required, reconcileStored(c, stage, itemId, parts));
  }

  /** Reconciles one merged item, reading only its own and its parts' decisions. */
  private static MergedDecisions.Reconciled reconcileStored(
      Connection c, Stage stage, long itemId, List<MergedDecisions.Part> parts)
      throws SQLException {
    Map<Long, List<Decision>> latest = new HashMap<>();
    Map<Long, Resolution> resolutions = new HashMap<>();
    List<Long> keys = new ArrayList<>(List.of(itemId));
    parts.forEach(p -> keys.add(p.itemId()));
    for (long k : keys) {
      latest.put(k, ScreeningDao.latestDecisions(c, stage, k).getOrDefault(k, List.of()));
      resolutions.put(k, ScreeningDao.resolution(c, stage, k));
    }
    return reconcile(itemId, latest::get, resolutions::get, parts);
  }

  static ItemOutcome outcomeOf(
      ScreeningPolicy policy,
      long itemId,
      int required,
      Function<Long, List<Decision>> latestOf,
      Function<Long, Resolution> resolutionOf,
      List<MergedDecisions.Part> parts) {
    if (parts == null || parts.isEmpty()) {
      return OutcomeRules.outcome(
          policy, itemId, required, latestOf.apply(itemId), resolutionOf.apply(itemId));
    }
    return OutcomeRules.outcome(
        policy, itemId, required, reconcile(itemId, latestOf, resolutionOf, parts));
  }

  private static MergedDecisions.Reconciled reconcile(
      long itemId,
      Function<Long, List<Decision>> latestOf,
      Function<Long, Resolution> resolutionOf,
      List<MergedDecisions.Part> parts) {
    Map<MergedDecisions.Part, List<Decision>> partDecisions = new LinkedHashMap<>();
    Map<Long, Resolution> partResolutions = new HashMap<>();
    for (MergedDecisions.Part p : parts) {
      partDecisions.put(p, latestOf.apply(p.itemId()));
      Resolution r = resolutionOf.apply(p.itemId());
      if (r != null) {
        partResolutions.put(p.itemId(), r);
      }
    }
    return MergedDecisions.reconcile(
        itemId, latestOf.apply(itemId), resolutionOf.apply(itemId), partDecisions, partResolutions);
  }

  /**
   * The items merged into each item of a stage (or into one citation's item): at title-abstract the
   * merged citations, at full text their reports (when both the surviving citation and the part
   * have one).
   */
  static Map<Long, List<MergedDecisions.Part>> mergedParts(Connection c, Stage stage, Long citation)
      throws SQLException {
    Map<Long, List<MergedDecisions.Part>> out = new HashMap<>();
    List<ScreeningDao.MergedPart> parts = ScreeningDao.mergedParts(c, citation);
    if (parts.isEmpty()) {
      return out;
    }
    Map<Long, Long> reportOf = new HashMap<>();
    if (stage == Stage.FULL_TEXT) {
      ScreeningDao.reports(c).forEach(r -> reportOf.put(r.citationId(), r.id()));
    }
    for (ScreeningDao.MergedPart p : parts) {
      Long item =
          stage == Stage.TITLE_ABSTRACT
              ? Long.valueOf(p.citationId())
              : reportOf.get(p.citationId());
      Long part =
          stage == Stage.TITLE_ABSTRACT ? Long.valueOf(p.partId()) : reportOf.get(p.partId());
      if (item != null && part != null) {
        out.computeIfAbsent(item, k -> new ArrayList<>())
            .add(new MergedDecisions.Part(part, p.joinedAt()));
      }
    }
    return out;
  }

  /**
   * Full-text reports merged into each surviving report (surviving report id → the reports of the
   * citations merged into its citation): a merged report keeps their study and PDF when it has none
   * of its own.
   */
  Map<Long, List<Long>> mergedReports(Connection c) throws SQLException {
    Map<Long, List<Long>> out = new HashMap<>();
    mergedParts(c, Stage.FULL_TEXT, null)
        .forEach(
            (report, parts) ->
                out.put(report, parts.stream().map(MergedDecisions.Part::itemId).toList()));
    return out;
  }

  /**
   * What merges into these citations did to screening: how many decisions made on the merged parts
   * now count for them, and at which stages their parts' decisions disagree (each a conflict for
   * the team), with what disagrees.
   */
  public MergedScreening mergedScreening(Collection<Long> citations) {
    if (citations.isEmpty()) {
      return MergedScreening.NONE;
    }
    return project
        .database()
        .read(
            c -> {
              if (!ScreeningDao.anyDecisions(c)) {
                return MergedScreening.NONE; // nothing screened yet: nothing to carry
              }
              Map<Long, Long> reportOf = new HashMap<>();
              ScreeningDao.reports(c).forEach(r -> reportOf.put(r.citationId(), r.id()));
              int carried = 0;
              List<String> conflicts = new ArrayList<>();
              for (Stage stage : Stage.values()) {
                Map<Long, List<MergedDecisions.Part>> merged = mergedParts(c, stage, null);
                for (long citation : citations) {
                  Long item =
                      stage == Stage.TITLE_ABSTRACT
                          ? Long.valueOf(citation)
                          : reportOf.get(citation);
                  List<MergedDecisions.Part> parts = item == null ? null : merged.get(item);
                  if (parts == null) {
                    continue;
                  }
                  MergedDecisions.Reconciled r = reconcileStored(c, stage, item, parts);
                  carried += r.carried();
                  if (r.conflict() != null && r.resolution() == null) {
                    conflicts.add(
                        "citation " + citation + " at " + stage.cliName() + ": " + r.conflict());
                  }
                }
              }
              return new MergedScreening(carried, conflicts);
            });
  }

  private int pilotRequired(
      Connection c, ScreeningPolicy policy, Stage stage, long itemId, int required)
      throws SQLException {
    List<Long> ids =
        stage == Stage.TITLE_ABSTRACT
            ? items(stage)
            : ScreeningDao.reports(c).stream().map(ScreeningDao.ReportRow::id).toList();
    return OutcomeRules.pilot(policy, ids).contains(itemId)
        ? Math.max(required, ScreeningDao.reviewers(c).size())
        : required;
  }

  /**
   * The items this reviewer still has to screen, in the order {@link #next} gives them: computed
   * once for a screening session, then walked with {@link #view} per item.
   */
  public List<Long> queue(Stage stage, String reviewerName) throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    Map<Long, ItemOutcome> all = stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage);
    return awaiting(stage, reviewer, all);
  }

  /**
   * The items awaiting this reviewer's decision: not decided by them, still awaiting decisions, and
   * not already holding every decision the stage needs from others (on a team server a reviewer
   * cannot read those decisions, and the item would otherwise come to them as a third).
   */
  private List<Long> awaiting(Stage stage, Reviewer reviewer, Map<Long, ItemOutcome> all) {
    // on a folder every decision is read, so the outcomes already say which items are finished
    Set<Long> decidedEnough =
        project.onServer()
            ? project.database().read(c -> ScreeningDao.itemsDecidedEnough(c, stage))
            : Set.of();
    List<Long> out = new ArrayList<>();
    for (ItemOutcome o : all.values()) {
      boolean mine = o.decisions().stream().anyMatch(d -> d.reviewer().id() == reviewer.id());
      if (!mine && o.status() == ItemStatus.AWAITING && !decidedEnough.contains(o.itemId())) {
        out.add(o.itemId());
      }
    }
    return out;
  }

  /** The project setting holding the order a stage's queues are served in. */
  static String orderSetting(Stage stage) {
    return "screening.order." + stage.cliName();
  }

  /**
   * The order chosen for a stage's queues (the window's order control), or null when none was
   * chosen: then {@link #queue(Stage, String, ScreeningOrder, boolean)} uses the default
   * (prioritised once the labels allow it, random before).
   */
  public ScreeningOrder order(Stage stage) {
    String value = project.setting(orderSetting(stage));
    return value == null || value.isBlank() ? null : ScreeningOrder.parse(value);
  }

  /** Chooses the order a stage's queues are served in for the whole team (null: the default). */
  public void setOrder(Stage stage, ScreeningOrder order, String actor) {
    project.setSetting(orderSetting(stage), order == null ? "" : order.cliName(), actor);
  }

  /**
   * The items this reviewer still has to screen, in the given order (null: the stage's chosen
   * {@link #order(Stage)}, or when none was chosen prioritised once the labels this reviewer may
   * see hold an include and an exclude, seeded random before that; see docs/prioritisation.md). The
   * random order and ties are seeded with the stage policy's seed. With {@code wait} a stale model
   * is retrained before answering; without, it is retrained in the background and the last ranking
   * is served meanwhile.
   */
  public QueueRanking.Ranked queue(
      Stage stage, String reviewerName, ScreeningOrder order, boolean wait)
      throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    Map<Long, ItemOutcome> all = stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage);
    List<Long> queue = awaiting(stage, reviewer, all);
    List<Long> items = new ArrayList<>(all.keySet());
    return project
        .ranking()
        .rank(
            stage,
            reviewer.id(),
            order != null ? order : order(stage),
            queue,
            items,
            () -> rankingTexts(stage, items),
            RankingLabels.visibleTo(reviewer, all.values()),
            policy(stage).seed(),
            wait);
  }

  /**
   * The next item in the given order (see {@link #queue(Stage, String, ScreeningOrder, boolean)}),
   * training a stale model first; the item is recorded as served in the order used, which the stop
   * check needs.
   */
  public Optional<Served> next(Stage stage, String reviewerName, ScreeningOrder order)
      throws ProjectException {
    QueueRanking.Ranked ranked = queue(stage, reviewerName, order, true);
    if (ranked.items().isEmpty()) {
      return Optional.empty();
    }
    long item = ranked.items().get(0);
    served(stage, reviewerName, item, ranked);
    Double score = ranked.scores().get(item);
    return Optional.of(
        new Served(view(stage, item, reviewerName), ranked.order(), score, ranked.trainedOn()));
  }

  /**
   * An item served as the next one, with the order that chose it.
   *
   * @param score the model's score (prioritised only, else null): higher is more likely relevant
   * @param trainedOn labelled items the model learnt from (0 unless prioritised)
   */
  public record Served(ScreeningItem item, ScreeningOrder order, Double score, int trainedOn) {}

  /** Records that an item of this ranking was shown to the reviewer as the one to screen next. */
  public void served(Stage stage, String reviewerName, long item, QueueRanking.Ranked ranked)
      throws ProjectException {
    Reviewer reviewer = reviewer(reviewerName);
    long seed = policy(stage).seed();
    write(
        c -> {
          ScreeningOrderDao.addServed(
              c, stage, reviewer.id(), item, ranked.order().cliName(), seed, ranked.trainedOn());
          return null;
        });
  }

  /** What a model reads of each item: its citation's title, abstract, keywords and MeSH terms. */
  private List<RankingText> rankingTexts(Stage stage, List<Long> items) {
    return project
        .database()
        .read(
            c -> {
              Map<Long, List<Record>> byCitation = new HashMap<>();
              RecordDao.forEachWithoutRaw(
                  c,
                  r -> byCitation.computeIfAbsent(r.citationId(), k -> new ArrayList<>()).add(r));
              List<RankingText> out = new ArrayList<>();
              for (long item : items) {
                long citation = citationOfItem(c, stage, item);
                Bibliographic f =
                    CitationView.of(citation, byCitation.getOrDefault(citation, List.of()))
                        .fields();
                out.add(
                    new RankingText(
                        Long.toString(item),
                        f.title(),
                        f.abstractText(),
                        String.join("; ", f.keywords()),
                        String.join("; ", f.mesh())));
              }
              return out;
            });
  }

  /**
   * The items awaiting this reviewer's decision at a stage, in {@link #queue} order, as citations
   * (what a decision template lists). Nobody's decisions come with them.
   */
  public List<CitationView> awaiting(Stage stage, String reviewerName) throws ProjectException {
    List<CitationView> out = new ArrayList<>();
    for (long item : queue(stage, reviewerName)) {
      out.add(citation(stage, item));
    }
    return out;
  }

  private ScreeningItem view(Stage stage, ItemOutcome o, Reviewer reviewer) {
    Decision own = null;
    List<Decision> others = new ArrayList<>();
    for (Decision d : o.decisions()) {
      if (d.reviewer().id() == reviewer.id()) {
        own = d;
      } else {
        others.add(d);
      }
    }
    boolean blinded = own == null || o.decisions().size() < o.required();
    String pdf = null;
    if (stage == Stage.FULL_TEXT) {
      pdf =
          project
              .database()
              .read(
                  c -> {
                    ScreeningDao.ReportRow report = ScreeningDao.report(c, o.itemId());
                    if (report != null && report.pdfPath() == null) {
                      // a report merged into this one may have brought the PDF
                      List<MergedDecisions.Part> parts =
                          mergedParts(c, Stage.FULL_TEXT, report.citationId())
                              .getOrDefault(o.itemId(), List.of());
                      for (MergedDecisions.Part part : parts) {
                        ScreeningDao.ReportRow r = ScreeningDao.report(c, part.itemId());
                        if (r != null && r.pdfPath() != null) {
                          return r.pdfPath();
                        }
                      }
                    }
                    return report == null ? null : report.pdfPath();
                  });
    }
    return new ScreeningItem(
        stage,
        o.itemId(),
        citation(stage, o.itemId()),
        own,
        blinded ? List.of() : others,
        blinded,
        blinded ? null : o.status(),
        pdf);
  }

  // ---------------------------------------------------------------- conflicts

  /**
   * Settles an item: by a third reviewer, or by consensus when the resolver is one of those who
   * decided. The outcome follows the resolution; the decisions stay as they were.
   */
  public Resolution resolve(
      Stage stage,
      String recordId,
      DecisionValue value,
      String reasonLabel,
      String note,
      String byName)
      throws ProjectException {
    return resolve(stage, recordId, value, reasonLabel, note, byName, false);
  }

  /**
   * As above. Resolving needs an open conflict (the decisions disagree; an earlier resolution of
   * that conflict may be replaced); with {@code override} a person may overrule agreed decisions,
   * which the audit records as an override.
   */
  public Resolution resolve(
      Stage stage,
      String recordId,
      DecisionValue value,
      String reasonLabel,
      String note,
      String byName,
      boolean override)
      throws ProjectException {
    if (value == DecisionValue.MAYBE) {
      throw new ProjectException("a resolution is include or exclude");
    }
    long item = itemOf(stage, recordId);
    Reviewer by = reviewer(byName);
    ExclusionReason reason = checkReason(stage, value, reasonLabel, reasons());
    if (stage == Stage.FULL_TEXT && notRetrieved().contains(item)) {
      throw new ProjectException(
          "record " + recordId + " was marked not retrieved, so it cannot be assessed");
    }
    // this item's outcome only: a file of many resolutions must not derive every outcome per row
    ItemOutcome o = outcome(stage, item);
    if (o.status() == ItemStatus.AWAITING) {
      throw new ProjectException(
          "record " + recordId + " still awaits decisions; nothing to resolve yet");
    }
    boolean inConflict = o.status() == ItemStatus.CONFLICT || o.conflictBeforeResolution();
    if (!inConflict && !override) {
      throw new ProjectException(
          "record "
              + recordId
              + " is not in conflict (the decisions agree: "
              + o.status().name().toLowerCase()
              + "); to overrule them anyway, resolve with --override");
    }
    boolean overriding = !inConflict;
    boolean decided = o.decisions().stream().anyMatch(d -> d.reviewer().id() == by.id());
    Resolution.Method method =
        decided ? Resolution.Method.CONSENSUS : Resolution.Method.THIRD_REVIEWER;
    WriteKey key = WriteKey.random();
    return idempotentWrite(
        c -> {
          ScreeningDao.addResolution(c, key, stage, item, value, reason, note, by, method);
          AuditDao.log(
              c,
              key.derived("audit"),
              by.name(),
              overriding ? "resolve-override" : "resolve",
              stage.cliName(),
              item,
              value.cliName()
                  + " by "
                  + method.cliName()
                  + (overriding ? " overriding agreed " + o.status().name().toLowerCase() : "")
                  + (note == null ? "" : ": " + note));
          return ScreeningDao.resolutions(c, stage).get(item);
        });
  }

  /**
   * Settles many items at once, each exactly as {@link #resolve} settles one (the same rules), in
   * one transaction. Every row is tried; when any is bad, every bad row is named (line and column)
   * and nothing is stored.
   */
  public List<Resolution> resolveAll(Stage stage, DecisionFile decisions, String byName)
      throws ImportException, ProjectException {
    return resolveAll(stage, decisions, byName, false);
  }

  /** As above; with {@code override} rows may overrule decisions that agree (audited as such). */
  public List<Resolution> resolveAll(
      Stage stage, DecisionFile decisions, String byName, boolean override)
      throws ImportException, ProjectException {
    reviewer(byName); // an unknown resolver is one error, not one per row
    List<ExclusionReason> reasons = reasons();
    return project
        .database()
        .inTransaction(
            ImportException.class,
            c -> {
              List<RowProblem> problems = new ArrayList<>(decisions.problems());
              List<Resolution> out = new ArrayList<>();
              for (DecisionFile.Row row : decisions.rows()) {
                RowProblem problem = resolutionProblem(stage, row, decisions, reasons);
                if (problem == null && row.value() != null && !row.id().isEmpty()) {
                  try {
                    out.add(
                        resolve(
                            stage,
                            row.id(),
                            row.value(),
                            row.reason(),
                            row.note(),
                            byName,
                            override));
                  } catch (ProjectException e) {
                    problem = decisions.problem(row, DecisionFile.Field.ID, e.getMessage());
                  }
                }
                if (problem != null) {
                  problems.add(problem);
                }
              }
              if (!problems.isEmpty()) {
                throw new BadRowsException(decisions.file(), problems);
              }
              return out;
            });
  }

  /** What {@link #resolve} would refuse in a row, named by its column; null when nothing. */
  private RowProblem resolutionProblem(
      Stage stage, DecisionFile.Row row, DecisionFile decisions, List<ExclusionReason> reasons) {
    if (!row.id().isEmpty()) {
      try {
        itemOf(stage, row.id());
      } catch (ProjectException e) {
        return decisions.problem(row, DecisionFile.Field.ID, e.getMessage());
      }
    }
    if (row.value() == DecisionValue.MAYBE) {
      return decisions.problem(
          row, DecisionFile.Field.DECISION, "a resolution is include or exclude");
    }
    if (row.value() != null) {
      try {
        checkReason(stage, row.value(), row.reason(), reasons);
      } catch (ProjectException e) {
        return decisions.problem(row, DecisionFile.Field.REASON, e.getMessage());
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- agreement

  /** Bootstrap resamples for alpha's interval, and the seed that makes it reproduce. */
  public static final int ALPHA_BOOTSTRAP_SAMPLES = 2000;

  public static final long ALPHA_BOOTSTRAP_SEED = 20110101L;

  /**
   * Agreement on each reviewer's first independent decision (the one they held when the item was
   * unblinded for them, see {@link IndependentDecisions}), "maybe" counted as include when the
   * stage's policy says so (then the categories are include/exclude, as in the 2x2 tables reviews
   * report). A revision after unblinding changes the outcome but not agreement; the report lists
   * every such revision.
   */
  public AgreementReport agreement(Stage stage) {
    ScreeningPolicy policy = policy(stage);
    Map<Long, ItemOutcome> all = stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage);
    Map<Long, List<Decision>> history =
        project
            .database()
            .read(
                c -> {
                  Map<Long, List<Decision>> h = ScreeningDao.allDecisions(c, stage);
                  // a merged item's history is its own and its parts' decisions, oldest first
                  mergedParts(c, stage, null)
                      .forEach(
                          (item, parts) -> {
                            List<Decision> joined =
                                new ArrayList<>(h.getOrDefault(item, List.of()));
                            parts.forEach(
                                p -> joined.addAll(h.getOrDefault(p.itemId(), List.of())));
                            joined.sort(Comparator.comparingLong(Decision::id));
                            h.put(item, joined);
                          });
                  return h;
                });
    boolean maybeIsInclude = policy.maybeCountsAsInclude() && stage == Stage.TITLE_ABSTRACT;
    List<String> categories =
        maybeIsInclude ? List.of("exclude", "include") : List.of("exclude", "include", "maybe");
    List<Rating> ratings = new ArrayList<>();
    List<AgreementReport.Revision> revisions = new ArrayList<>();
    for (ItemOutcome o : all.values()) {
      Map<Long, Decision> independent =
          IndependentDecisions.of(history.getOrDefault(o.itemId(), List.of()), o.required());
      for (Decision d : independent.values()) {
        DecisionValue v =
            maybeIsInclude && d.value() == DecisionValue.MAYBE ? DecisionValue.INCLUDE : d.value();
        ratings.add(new Rating(Long.toString(o.itemId()), d.reviewer().name(), v.cliName()));
      }
      boolean conflictAtFirst =
          independent.size() >= o.required()
              && OutcomeRules.outcome(
                          policy,
                          o.itemId(),
                          o.required(),
                          new ArrayList<>(independent.values()),
                          null)
                      .status()
                  == ItemStatus.CONFLICT;
      for (Decision latest : o.decisions()) {
        Decision first = independent.get(latest.reviewer().id());
        if (first != null
            && (first.value() != latest.value()
                || !Objects.equals(first.reason(), latest.reason()))) {
          revisions.add(
              new AgreementReport.Revision(
                  o.itemId(),
                  citation(stage, o.itemId()).recordIds(),
                  latest.reviewer().name(),
                  first.value(),
                  latest.value(),
                  conflictAtFirst));
        }
      }
    }
    AgreementInput input = AgreementInput.of(ratings, categories);
    List<AgreementReport.PairKappa> pairs = new ArrayList<>();
    for (ReviewerPair pair : input.pairs()) {
      if (!pair.items().isEmpty()) {
        pairs.add(
            new AgreementReport.PairKappa(
                pair.reviewerA(), pair.reviewerB(), pair.kappa(categories)));
      }
    }
    return new AgreementReport(
        stage,
        categories,
        pairs,
        input.alpha(ALPHA_BOOTSTRAP_SAMPLES, ALPHA_BOOTSTRAP_SEED),
        revisions);
  }

  // ---------------------------------------------------------------- progress

  public List<ReviewerProgress> progress(Stage stage) {
    return progress(stage, stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage));
  }

  /** Each reviewer's progress at this stage, from outcomes already derived. */
  public List<ReviewerProgress> progress(Stage stage, ScreeningOutcomes outcomes) {
    return progress(stage, outcomes.of(stage));
  }

  private List<ReviewerProgress> progress(Stage stage, Map<Long, ItemOutcome> all) {
    // one pass over the outcomes: per reviewer, items decided, of those in conflict and of those
    // still awaiting others (an item counts once per reviewer, however many decisions it holds)
    Map<Long, int[]> decided = new HashMap<>();
    Set<Long> resolvers = new HashSet<>();
    int awaiting = 0;
    Set<Long> seen = new HashSet<>();
    for (ItemOutcome o : all.values()) {
      if (o.resolution() != null) {
        resolvers.add(o.resolution().resolvedBy().id());
      }
      if (o.status() == ItemStatus.AWAITING) {
        awaiting++;
      }
      seen.clear();
      for (Decision d : o.decisions()) {
        if (seen.add(d.reviewer().id())) {
          int[] n = decided.computeIfAbsent(d.reviewer().id(), k -> new int[3]);
          n[0]++;
          n[1] += o.status() == ItemStatus.CONFLICT ? 1 : 0;
          n[2] += o.status() == ItemStatus.AWAITING ? 1 : 0;
        }
      }
    }
    List<ReviewerProgress> out = new ArrayList<>();
    for (Reviewer r : reviewers()) {
      int[] n = decided.getOrDefault(r.id(), new int[3]);
      // a reviewer who settles conflicts and screens nothing is not assigned the screening queue
      boolean screens = n[0] > 0 || !resolvers.contains(r.id());
      out.add(new ReviewerProgress(r, stage, n[0], screens ? awaiting - n[2] : 0, n[1]));
    }
    return out;
  }

  // ---------------------------------------------------------------- full-text retrieval

  public void markRetrieval(String recordId, boolean retrieved, String note, String actor)
      throws ProjectException {
    long report = itemOf(Stage.FULL_TEXT, recordId);
    write(
        c -> {
          ScreeningDao.ReportRow before = ScreeningDao.report(c, report);
          boolean wasNotRetrieved = before != null && NOT_RETRIEVED.equals(before.retrieval());
          if (!retrieved
              && !ScreeningDao.latestDecisions(c, Stage.FULL_TEXT, report).isEmpty()
              && !wasNotRetrieved) {
            throw new ProjectException(
                "record "
                    + recordId
                    + " has already been assessed at full text, so its full text was retrieved;"
                    + " it cannot be marked not retrieved");
          }
          ScreeningDao.setRetrieval(c, report, retrieved ? "retrieved" : NOT_RETRIEVED, note, null);
          String action =
              retrieved ? (wasNotRetrieved ? "retrieval-undo" : "retrieved") : NOT_RETRIEVED;
          AuditDao.log(c, actor, action, "report", report, note);
          return null;
        });
  }

  /**
   * Attaches a PDF to a report that has none yet; see {@link #attach(String, Path, boolean,
   * String)}.
   */
  public Path attach(String recordId, Path pdf, String actor) throws ProjectException {
    return attach(recordId, pdf, false, actor).file();
  }

  /**
   * Copies a PDF into the project's full-text folder and attaches it to the report, keeping the
   * name it had. Only a regular file reached without a symbolic link, holding a PDF that opens, is
   * taken. A report that has a PDF already keeps it unless {@code replace}; then the earlier one is
   * kept beside it under a version name, and the audit says so.
   */
  public FullTextAttachment attach(String recordId, Path pdf, boolean replace, String actor)
      throws ProjectException {
    long report = itemOf(Stage.FULL_TEXT, recordId);
    String originalName = pdf.getFileName() == null ? pdf.toString() : pdf.getFileName().toString();
    Path folder = project.folder().resolve(ReviewProject.FULLTEXT_FOLDER);
    Path target = folder.resolve("report-" + report + ".pdf");
    FullTextAttachment earlier = attachment(report);
    if (earlier != null && !replace) {
      throw new ProjectException(
          recordId
              + " has a full text already ("
              + (earlier.originalName() == null ? "" : earlier.originalName() + ", ")
              + "stored as "
              + project.folder().relativize(earlier.file())
              + "): give --replace to attach "
              + pdf
              + " instead (the earlier PDF is kept)");
    }
    Path copy = FullTextFile.copyChecked(pdf, folder);
    Path kept = null;
    try {
      if (earlier != null && Files.exists(target)) {
        kept = FullTextFile.keepEarlier(target);
      }
      Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      FullTextFile.deleteQuietly(copy);
      throw new ProjectException("cannot store " + pdf + " in the project: " + e.getMessage());
    }
    String relative = project.folder().relativize(target).toString();
    String keptAs = kept == null ? null : project.folder().relativize(kept).toString();
    try {
      byte[] content = project.onServer() ? readAll(target) : null;
      write(
          c -> {
            if (content != null) { // a server project keeps its PDFs in the database
              if (keptAs != null) {
                FullTextDao.rename(c, relative, keptAs);
              }
              FullTextDao.put(c, relative, content);
            }
            ScreeningDao.attachPdf(c, report, relative, originalName);
            AuditDao.log(c, actor, "attach", "report", report, relative + " from " + originalName);
            if (earlier != null) {
              AuditDao.log(
                  c,
                  actor,
                  "attach-replace",
                  "report",
                  report,
                  "replaced "
                      + (earlier.originalName() == null ? "" : earlier.originalName() + " ")
                      + "(kept as "
                      + (keptAs == null ? "nothing: its file was missing" : keptAs)
                      + ") by "
                      + originalName);
            }
            return null;
          });
    } catch (ProjectException | RuntimeException e) {
      // the database still names the earlier PDF: put it back
      try {
        if (kept != null) {
          Files.move(kept, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException ignored) {
        // the audit and database are unchanged; a stray file is all that is left
      }
      throw e;
    }
    return new FullTextAttachment(target, originalName, kept);
  }

  private static byte[] readAll(Path file) throws ProjectException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ProjectException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A report's attached full text, or null when it has none. */
  public FullTextAttachment attachment(String recordId) throws ProjectException {
    return attachment(itemOf(Stage.FULL_TEXT, recordId));
  }

  private FullTextAttachment attachment(long report) {
    return project
        .database()
        .read(
            c -> {
              ScreeningDao.ReportRow row = ScreeningDao.report(c, report);
              if (row == null || row.pdfPath() == null) {
                return null;
              }
              return new FullTextAttachment(
                  project.fullTextFile(row.pdfPath()), ScreeningDao.pdfName(c, report), null);
            });
  }

  // ---------------------------------------------------------------- sets

  /** One record per item in a set (its citation's most complete record), for export. */
  public List<Record> records(Stage stage, ItemStatus status) {
    Map<Long, ItemOutcome> all = stage == Stage.FULL_TEXT ? fullTextOutcomes() : outcomes(stage);
    List<Record> out = new ArrayList<>();
    for (ItemOutcome o : all.values()) {
      if (o.status() == status) {
        CitationView v = citation(stage, o.itemId());
        Record first = v.records().get(0);
        out.add(
            new Record(
                first.id(),
                first.batchId(),
                v.citationId(),
                first.position(),
                first.line(),
                first.fileRecordId(),
                first.raw(),
                v.fields()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- plumbing

  private interface Write<T> {
    T run(Connection c) throws SQLException, ProjectException;
  }

  private <T> T write(Write<T> work) throws ProjectException {
    return project.database().inTransaction(ProjectException.class, work::run);
  }

  /**
   * As {@link #write}, for work whose appended rows carry write keys made before it: retried over a
   * new connection when a server's connection is lost (see {@code Database.idempotent}).
   */
  private <T> T idempotentWrite(Write<T> work) throws ProjectException {
    return project.database().idempotent(ProjectException.class, work::run);
  }
}
