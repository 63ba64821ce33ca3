package org.winnow.core.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.winnow.core.model.Decision;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.Database;
import org.winnow.core.storage.ScreeningDao;

/**
 * The screening outcomes an open project keeps between reads, brought up to date from what was
 * written since: the one place that caches derived screening state, shared by the dashboard, the
 * PRISMA counts and the stop check.
 *
 * <p>Decisions and resolutions are only ever appended, so when nothing else was written (every
 * change is audited, and the audit rows since say only "decide" or "resolve") the title-abstract
 * outcomes are brought up to date by taking in the rows with ids above the kept {@link
 * AuditDao.AppendMark mark} and re-deriving only the items they touch. Anything else (an import, a
 * merge or its undo, a removal before screening, a stop, a policy, a reviewer), or a row that
 * committed late under an id below the mark, and everything is read again. Full text (a few
 * reports, whose retrieval and study links change in place) is derived afresh each time from the
 * kept title-abstract outcomes.
 *
 * <p>Another process's writes reach this cache only through the database, so it is correct with
 * several writers: it reads the mark before the rows, and a row taken in twice changes nothing.
 */
final class DerivedOutcomes {
  private final ReviewProject project;
  private AuditDao.AppendMark mark;
  private Map<Long, Boolean> columns;
  private StageDecisions titleAbstract;
  private Map<Long, ItemOutcome> titleAbstractOutcomes;
  private Map<Long, Long> firstDecisions;
  private final Map<Class<?>, Kept> kept = new HashMap<>();
  private long fullReads;
  private long catchUps;

  /**
   * The audit actions of writes that only append decisions or resolutions (each decision and
   * resolution is audited with its own row): every other action is a change the kept state cannot
   * take in.
   */
  static final Set<String> APPENDING_ACTIONS =
      Set.of("decide", "decide-bulk", "resolve", "resolve-override");

  /**
   * A value derived from data that only non-appending changes touch, and the mark it was read at.
   */
  private record Kept(AuditDao.AppendMark mark, Object value) {}

  DerivedOutcomes(ReviewProject project) {
    this.project = project;
  }

  /** Both stages' outcomes now. */
  synchronized ScreeningOutcomes now() {
    Database db = project.database();
    db.read(
        c -> {
          bringUpToDate(c);
          return null;
        });
    // copies: callers keep theirs while later reads change the kept ones
    Map<Long, ItemOutcome> ta =
        Collections.unmodifiableMap(new LinkedHashMap<>(titleAbstractOutcomes));
    ScreeningService screening = project.screening();
    Map<Long, Long> reports = screening.fullTextReports(ta, columns);
    Map<Long, ItemOutcome> ft = screening.fullTextOutcomes(reports);
    Map<Long, Long> firstAtFullText = db.read(c -> ScreeningDao.firstDecisions(c, Stage.FULL_TEXT));
    return new ScreeningOutcomes(
        ta,
        reports,
        ft,
        Collections.unmodifiableMap(new HashMap<>(firstDecisions)),
        firstAtFullText);
  }

  /**
   * A value read by {@code read}, kept until the next audited change: for data such as the records'
   * sources, which only audited actions (imports, merges) change.
   */
  synchronized <T> T keptUntilAudited(Class<T> kind, Database.Work<T> read) {
    Database db = project.database();
    Kept k = kept.get(kind);
    AuditDao.AppendMark advanced = k == null ? null : db.read(c -> appendedOnly(c, k.mark()));
    if (advanced == null) {
      AuditDao.AppendMark before = db.read(AuditDao::appendMark);
      kept.put(kind, new Kept(before, db.read(read)));
    } else {
      kept.put(kind, new Kept(advanced, k.value()));
    }
    return kind.cast(kept.get(kind).value());
  }

  /**
   * The mark advanced over the audit rows written since it, when every one of them only records an
   * appended decision or resolution and no row committed late below it; null when anything else was
   * written.
   */
  private static AuditDao.AppendMark appendedOnly(Connection c, AuditDao.AppendMark mark)
      throws SQLException {
    if (!AuditDao.noLateRows(c, mark)) {
      return null;
    }
    Map<Long, String> actions = AuditDao.actionsAfter(c, mark.auditMax());
    if (!APPENDING_ACTIONS.containsAll(actions.values())) {
      return null;
    }
    return mark.advancedBy(actions.keySet(), List.of(), List.of());
  }

  /** How many times everything was read, and how many times appended rows were taken in. */
  synchronized long[] reads() {
    return new long[] {fullReads, catchUps};
  }

  private void bringUpToDate(Connection c) throws SQLException {
    AuditDao.AppendMark audited = mark == null ? null : appendedOnly(c, mark);
    if (audited != null) {
      // the ids first, then the rows: every id counted is among the rows read (a row read twice is
      // taken in once more, which changes nothing)
      List<Long> decisionIds = ScreeningDao.decisionIdsAfter(c, mark.decisionMax());
      List<Long> resolutionIds = ScreeningDao.resolutionIdsAfter(c, mark.resolutionMax());
      if (decisionIds.isEmpty() && resolutionIds.isEmpty()) {
        mark = audited;
        return;
      }
      Map<Long, List<Decision>> decisions =
          ScreeningDao.decisionsAfter(c, Stage.TITLE_ABSTRACT, mark.decisionMax());
      Map<Long, Resolution> resolutions =
          ScreeningDao.resolutionsAfter(c, Stage.TITLE_ABSTRACT, mark.resolutionMax());
      Set<Long> touched = titleAbstract.take(decisions, resolutions);
      for (long item : touched) {
        if (titleAbstractOutcomes.containsKey(item)) {
          titleAbstractOutcomes.put(item, titleAbstract.outcome(item));
        }
      }
      decisions.forEach(
          (item, list) -> list.forEach(d -> firstDecisions.merge(item, d.id(), Math::min)));
      mark = audited.advancedBy(List.of(), decisionIds, resolutionIds);
      catchUps++;
      return;
    }
    AuditDao.AppendMark before = AuditDao.appendMark(c);
    Map<Long, Boolean> cols = ScreeningDao.citationsFromDatabasesOrRegisters(c);
    StageDecisions stage =
        StageDecisions.read(c, Stage.TITLE_ABSTRACT, ScreeningService.titleAbstractItems(c, cols));
    Map<Long, ItemOutcome> outcomes = stage.outcomes();
    Map<Long, Long> first = ScreeningDao.firstDecisions(c, Stage.TITLE_ABSTRACT);
    columns = cols;
    titleAbstract = stage;
    titleAbstractOutcomes = outcomes;
    firstDecisions = first;
    mark = before;
    fullReads++;
  }
}
