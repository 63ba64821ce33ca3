package org.winnow.core.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.winnow.core.dedup.DedupEngine;
import org.winnow.core.dedup.DedupPlan;
import org.winnow.core.dedup.DedupRecord;
import org.winnow.core.dedup.DedupRecordLoader;
import org.winnow.core.dedup.DedupSettings;
import org.winnow.core.dedup.ErrataHandling;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.dedup.QueueExplanation;
import org.winnow.core.dedup.StoredLink;
import org.winnow.core.dedup.StoredPair;
import org.winnow.core.index.CitationIndex;
import org.winnow.core.io.BadRowsException;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.RowProblem;
import org.winnow.core.io.decisions.PairVerdictFile;
import org.winnow.core.model.Record;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.DedupDao;
import org.winnow.core.storage.DedupFeatureDao;
import org.winnow.core.storage.MetaDao;
import org.winnow.core.storage.RecordDao;

/**
 * Deduplication of a project: runs detection (new records against everything), merges certain
 * duplicates, keeps the review queue, applies reviewers' decisions, splits citations. Records are
 * never deleted; every move is logged.
 */
public final class DedupService {
  private final ReviewProject project;
  private final DedupSettings settings;

  DedupService(ReviewProject project, DedupSettings settings) {
    this.project = project;
    this.settings = settings;
  }

  /** What one run did. */
  public record RunSummary(
      long records,
      long citations,
      long duplicates,
      int autoMerged,
      int queued,
      int compared,
      int newRecords,
      long millis,
      MergedScreening screening) {}

  /** A pair waiting for a reviewer, with both records. */
  public record QueuedPair(StoredPair pair, Record a, Record b) {
    /** The rule that queued the pair, without numbers (see {@link QueueExplanation}). */
    public String explanation() {
      return QueueExplanation.of(pair.reason());
    }
  }

  /** Open pairs that share one explanation: how many, and the most uncertain of them. */
  public record ExplanationGroup(String explanation, int count, QueuedPair example) {}

  public RunSummary run(String actor, Progress progress) {
    long start = System.nanoTime();
    Detection found = detect(progress);
    DedupPlan plan = found.plan();
    progress.report("merging", 0, -1);
    long[] version = new long[1];
    CitationIndex.PendingUpdate[] index = new CitationIndex.PendingUpdate[1];
    try {
      int merged =
          project
              .database()
              .inTransaction(
                  c -> {
                    ReviewProject.runAlone(c, "deduplication", actor);
                    int moved =
                        DedupDao.mergeCitations(
                            c, plan.merges(), actor, "automatic: certain duplicate");
                    if (found.newRecords() > 0 || !plan.queue().isEmpty()) {
                      DedupDao.replaceQueue(c, plan.queue());
                    }
                    DedupDao.addLinks(c, plan.links());
                    MetaDao.put(c, DedupDao.CHECKED_THROUGH, Long.toString(found.maxId()));
                    AuditDao.log(
                        c,
                        actor,
                        "dedup",
                        "project",
                        null,
                        plan.compared()
                            + " pairs compared, "
                            + moved
                            + " records merged, "
                            + plan.queue().size()
                            + " queued");
                    if (moved > 0) {
                      version[0] = MetaDao.bumpDataVersion(c);
                      index[0] = indexMerges(c, plan.merges());
                    }
                    return moved;
                  });
      if (index[0] != null) {
        progress.report("indexing", 0, -1);
        index[0].commit(version[0] - 1, version[0]);
      }
      MergedScreening screening =
          merged > 0
              ? project.screening().mergedScreening(plan.merges().keySet())
              : MergedScreening.NONE;
      long citations = project.database().read(RecordDao::citationCount);
      long total = found.records();
      return new RunSummary(
          total,
          citations,
          total - citations,
          merged,
          plan.queue().size(),
          plan.compared(),
          found.newRecords(),
          (System.nanoTime() - start) / 1_000_000,
          screening);
    } finally {
      if (index[0] != null) {
        index[0].close(); // the transaction failed: no document may remain
      }
    }
  }

  /**
   * The index update of a run's merges, begun inside its transaction: merged-away citations go, and
   * the records of the citations they joined are read here while a second thread analyses them (as
   * an import's are), to be committed once the database has committed.
   */
  private CitationIndex.PendingUpdate indexMerges(Connection c, Map<Long, List<Long>> merges)
      throws SQLException {
    List<Long> gone = new ArrayList<>();
    merges.values().forEach(gone::addAll);
    Set<Long> touched = new TreeSet<>(merges.keySet());
    CitationIndex.PendingUpdate update = project.openIndex().beginUpdate();
    boolean begun = false;
    try {
      update.remove(gone);
      update.putAll(
          consumer -> {
            try {
              RecordDao.forEachOfCitations(c, touched, consumer);
            } catch (SQLException e) {
              throw new org.winnow.core.storage.StorageException(
                  "cannot read the merged citations' records: " + e.getMessage(), e);
            }
          });
      update.allAdded(); // it writes its segments while the database commits
      begun = true;
      return update;
    } finally {
      if (!begun) {
        update.close();
      }
    }
  }

  /** What detection found, without the records it compared (they are let go once it is done). */
  private record Detection(DedupPlan plan, int records, int newRecords, long maxId) {}

  /** Loads every record for comparison and plans the merges and the queue. */
  private Detection detect(Progress progress) {
    progress.report("loading records", 0, -1);
    // records stored before their features were (an older project) get them once, here
    project.database().inTransaction(DedupFeatureDao::fillMissing);
    List<DedupRecord> records;
    long[] checkedThrough = new long[1];
    Map<Long, PairVerdict> decisions;
    try (DedupRecordLoader loader = new DedupRecordLoader()) {
      decisions =
          project
              .database()
              .read(
                  c -> {
                    RecordDao.forEachForComparison(c, loader::add);
                    checkedThrough[0] =
                        MetaDao.get(c, DedupDao.CHECKED_THROUGH).map(Long::parseLong).orElse(0L);
                    return DedupDao.decisions(c);
                  });
      records = loader.finish();
    }
    long newFrom = checkedThrough[0] + 1;
    int newRecords = (int) records.stream().filter(r -> r.recordId() >= newFrom).count();
    long maxId = records.stream().mapToLong(DedupRecord::recordId).max().orElse(0);
    progress.report("comparing", 0, -1);
    DedupPlan plan = new DedupEngine(effectiveSettings()).plan(records, newFrom, decisions);
    return new Detection(plan, records.size(), newRecords, maxId);
  }

  /**
   * Applies one transaction's change to the index in one commit, stamped with the data version the
   * transaction wrote ({@code version}, one above the version it found): a kill before that commit
   * leaves the index stale, and it is rebuilt when the project is next opened.
   */
  private void refreshIndex(List<Long> gone, Set<Long> touched, long version) {
    // streamed from the database as the index takes them: after a run that merged a quarter of a
    // million citations, holding their records at once would need gigabytes
    project
        .openIndex()
        .update(
            gone,
            consumer ->
                project
                    .database()
                    .read(
                        c -> {
                          RecordDao.forEachOfCitations(c, touched, consumer);
                          return null;
                        }),
            version - 1,
            version);
  }

  /** The thresholds with the project's setting for errata. */
  private DedupSettings effectiveSettings() {
    return settings.withErrata(errata());
  }

  /**
   * The project's setting {@value ErrataHandling#SETTING}: link (the default) or merge. A value the
   * setting cannot hold (edited by hand) counts as link, which never merges.
   */
  public ErrataHandling errata() {
    try {
      return ErrataHandling.parse(project.setting(ErrataHandling.SETTING));
    } catch (IllegalArgumentException e) {
      return ErrataHandling.LINK;
    }
  }

  /** Sets how later runs treat errata (audited as a setting change). */
  public void setErrata(ErrataHandling handling, String actor) {
    project.setSetting(ErrataHandling.SETTING, handling.key(), actor);
  }

  /** A notice linked to the article it names, with both records as they are now. */
  public record LinkedPair(StoredLink link, Record notice, Record article) {}

  /** Every notice linked to its article, in the order the links were found. */
  public List<LinkedPair> links() {
    return project
        .database()
        .read(
            c -> {
              List<LinkedPair> out = new ArrayList<>();
              for (StoredLink l : DedupDao.links(c)) {
                out.add(
                    new LinkedPair(
                        l,
                        RecordDao.byId(c, l.noticeRecord()),
                        RecordDao.byId(c, l.articleRecord())));
              }
              return out;
            });
  }

  /** The open review queue, best-scored first, with both records. */
  public List<QueuedPair> queue() {
    return project
        .database()
        .read(
            c -> {
              List<QueuedPair> out = new ArrayList<>();
              for (StoredPair p : DedupDao.pairs(c, "open")) {
                out.add(
                    new QueuedPair(
                        p, RecordDao.byId(c, p.recordA()), RecordDao.byId(c, p.recordB())));
              }
              return out;
            });
  }

  /**
   * The open review queue, most uncertain first: the pairs whose evidence is most balanced come
   * first (see {@link QueueExplanation#MOST_UNCERTAIN_FIRST}).
   */
  public List<QueuedPair> queueByUncertainty() {
    List<QueuedPair> out = new ArrayList<>(queue());
    out.sort(
        java.util.Comparator.comparing(QueuedPair::pair, QueueExplanation.MOST_UNCERTAIN_FIRST));
    return out;
  }

  /**
   * The open queue grouped by explanation, largest group first, each with its most uncertain pair
   * as the example.
   */
  public List<ExplanationGroup> explanations() {
    Map<String, List<QueuedPair>> groups = new LinkedHashMap<>();
    for (QueuedPair q : queueByUncertainty()) {
      groups.computeIfAbsent(q.explanation(), k -> new ArrayList<>()).add(q);
    }
    List<ExplanationGroup> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(new ExplanationGroup(k, v.size(), v.get(0))));
    out.sort(
        java.util.Comparator.comparingInt(ExplanationGroup::count)
            .reversed()
            .thenComparing(ExplanationGroup::explanation));
    return out;
  }

  /**
   * One verdict for every open pair with this explanation, each applied as {@link #decide} applies
   * one, all in one transaction. Refused, with nothing changed, when no open pair has it.
   */
  public List<PairDecision> decideExplained(String explanation, PairVerdict verdict, String actor)
      throws ProjectException {
    long[] version = new long[1];
    List<PairDecision> decisions =
        project
            .database()
            .inTransaction(
                ProjectException.class,
                c -> {
                  List<PairDecision> out = new ArrayList<>();
                  for (StoredPair p : DedupDao.pairs(c, "open")) {
                    if (QueueExplanation.of(p.reason()).equals(explanation)) {
                      out.add(
                          decideIn(
                              c,
                              p.recordA(),
                              p.recordB(),
                              RecordDao.byId(c, p.recordA()).displayId(),
                              RecordDao.byId(c, p.recordB()).displayId(),
                              verdict,
                              actor));
                    }
                  }
                  if (out.isEmpty()) {
                    throw new ProjectException(
                        "no pair waiting for review is explained as '"
                            + explanation
                            + "' (see dedup --queue --by-explanation)");
                  }
                  AuditDao.log(
                      c,
                      actor,
                      "dedup-resolve-explained",
                      "project",
                      null,
                      out.size()
                          + " pairs explained as '"
                          + explanation
                          + "': "
                          + verdict.name().toLowerCase(java.util.Locale.ROOT));
                  version[0] = MetaDao.bumpDataVersion(c);
                  return out;
                });
    return afterCommit(decisions, version[0]);
  }

  /**
   * A reviewer's verdict on two records (by file ID, or "#" + project id). "same" merges their
   * citations; "different" splits them if they were merged. The decision holds for later runs.
   */
  public String resolve(String idA, String idB, PairVerdict verdict, String actor)
      throws ProjectException {
    return decide(idA, idB, verdict, actor).result();
  }

  /** One record moved from one citation to another by a decision. */
  public record CitationMove(long recordId, long from, long to) {}

  /**
   * What a reviewer's decision changed, so that {@link #undo} can put it all back.
   *
   * @param before the pair as it was stored before the decision (null when it was never stored)
   * @param moves the records the decision moved between citations
   * @param screening what a merge did to the citations' screening decisions
   */
  public record PairDecision(
      long recordA,
      long recordB,
      PairVerdict verdict,
      String result,
      StoredPair before,
      List<CitationMove> moves,
      MergedScreening screening) {

    public PairDecision {
      moves = List.copyOf(moves);
    }
  }

  /** As {@link #resolve}, returning what changed so that the decision can be undone. */
  public PairDecision decide(String idA, String idB, PairVerdict verdict, String actor)
      throws ProjectException {
    long a = recordId(idA);
    long b = recordId(idB);
    if (a == b) {
      throw new ProjectException("a record cannot be compared with itself: " + idA);
    }
    long[] version = new long[1];
    PairDecision decision =
        project
            .database()
            .inTransaction(
                c -> {
                  PairDecision d = decideIn(c, a, b, idA, idB, verdict, actor);
                  version[0] = MetaDao.bumpDataVersion(c);
                  return d;
                });
    reindexAfterMoves(decision.moves(), version[0]);
    if (verdict == PairVerdict.SAME && !decision.moves().isEmpty()) {
      decision = withScreening(decision);
    }
    return decision;
  }

  /**
   * Many verdicts at once, each applied as {@link #decide} applies one, in one transaction. Every
   * row is checked first; when any is bad, every bad row is named (line and column) and nothing is
   * stored.
   */
  public List<PairDecision> decideAll(PairVerdictFile file, String actor) throws ImportException {
    List<RowProblem> problems = new ArrayList<>(file.problems());
    List<RecordPair> pairs = new ArrayList<>();
    for (PairVerdictFile.Row row : file.rows()) {
      Long a = checkedRecord(file, row, PairVerdictFile.Field.A, row.a(), problems);
      Long b = checkedRecord(file, row, PairVerdictFile.Field.B, row.b(), problems);
      if (a != null && a.equals(b)) {
        problems.add(
            file.problem(
                row, PairVerdictFile.Field.B, "the same record as " + row.a() + ": not a pair"));
      }
      pairs.add(a == null || b == null ? null : new RecordPair(a, b));
    }
    if (!problems.isEmpty()) {
      throw new BadRowsException(file.file(), problems);
    }
    long[] version = new long[1];
    List<PairDecision> decisions =
        project
            .database()
            .inTransaction(
                c -> {
                  List<PairDecision> out = new ArrayList<>();
                  for (int i = 0; i < pairs.size(); i++) {
                    PairVerdictFile.Row row = file.rows().get(i);
                    out.add(
                        decideIn(
                            c,
                            pairs.get(i).a(),
                            pairs.get(i).b(),
                            row.a(),
                            row.b(),
                            row.verdict(),
                            actor));
                  }
                  version[0] = MetaDao.bumpDataVersion(c);
                  return out;
                });
    return afterCommit(decisions, version[0]);
  }

  /**
   * The index follows many decisions once their transaction has committed (never for a rolled-back
   * one), and each merge says what it did to screening decisions.
   */
  private List<PairDecision> afterCommit(List<PairDecision> decisions, long version) {
    List<CitationMove> moves = new ArrayList<>();
    decisions.forEach(d -> moves.addAll(d.moves()));
    reindexAfterMoves(moves, version);
    return decisions.stream()
        .map(d -> d.verdict() == PairVerdict.SAME && !d.moves().isEmpty() ? withScreening(d) : d)
        .toList();
  }

  /** The decision with what the merge did to screening decisions, said in its result. */
  private PairDecision withScreening(PairDecision decision) {
    MergedScreening screening =
        project.screening().mergedScreening(List.of(decision.moves().get(0).to()));
    String said = screening.describe();
    return new PairDecision(
        decision.recordA(),
        decision.recordB(),
        decision.verdict(),
        decision.result() + (said.isEmpty() ? "" : "; " + said),
        decision.before(),
        decision.moves(),
        screening);
  }

  /** Two project record ids a verdict row names. */
  private record RecordPair(long a, long b) {}

  private Long checkedRecord(
      PairVerdictFile file,
      PairVerdictFile.Row row,
      PairVerdictFile.Field field,
      String id,
      List<RowProblem> problems) {
    if (id.isEmpty()) {
      return null; // already named by the file
    }
    try {
      return recordId(id);
    } catch (ProjectException e) {
      problems.add(file.problem(row, field, e.getMessage()));
      return null;
    }
  }

  private PairDecision decideIn(
      Connection c, long a, long b, String idA, String idB, PairVerdict verdict, String actor)
      throws SQLException {
    List<CitationMove> moves = new ArrayList<>();
    StoredPair before = DedupDao.pair(c, a, b).orElse(null);
    DedupDao.decide(c, a, b, verdict, actor, "reviewer");
    long ca = RecordDao.byId(c, a).citationId();
    long cb = RecordDao.byId(c, b).citationId();
    String result;
    if (verdict == PairVerdict.SAME) {
      if (ca == cb) {
        result = "already one citation (" + ca + ")";
      } else {
        long target = Math.min(ca, cb);
        long from = Math.max(ca, cb);
        for (long r : DedupDao.recordIdsOf(c, from)) {
          moves.add(new CitationMove(r, from, target));
        }
        DedupDao.mergeCitation(c, from, target, actor, "reviewer: same");
        result = "merged citation " + from + " into " + target;
      }
    } else if (ca == cb) {
      long fresh = DedupDao.newCitation(c);
      DedupDao.move(c, b, cb, fresh, "split", actor, "reviewer: different");
      moves.add(new CitationMove(b, cb, fresh));
      result = "split record " + idB + " into citation " + fresh;
    } else {
      result = "kept apart";
    }
    AuditDao.log(
        c,
        actor,
        "dedup-resolve",
        "record",
        a,
        idA + " ~ " + idB + ": " + verdict + " (" + result + ")");
    return new PairDecision(a, b, verdict, result, before, moves, MergedScreening.NONE);
  }

  /**
   * Undoes a reviewer's decision exactly: the records it moved go back to the citations they came
   * from (the same citation ids, so screening decisions on them still apply) and the pair gets its
   * earlier status again (back in the open queue for a queued pair). Refused when a later change
   * has moved those records since, because putting them back would undo that change too.
   */
  public void undo(PairDecision decision, String actor) throws ProjectException {
    // undoing a merge moves records out (a split), undoing a split moves them back (a merge)
    String kind = decision.verdict() == PairVerdict.SAME ? "split" : "merge";
    List<CitationMove> back = new ArrayList<>();
    for (int i = decision.moves().size() - 1; i >= 0; i--) {
      CitationMove m = decision.moves().get(i);
      back.add(new CitationMove(m.recordId(), m.to(), m.from()));
    }
    long[] version = new long[1];
    project
        .database()
        .inTransaction(
            ProjectException.class,
            c -> {
              for (CitationMove m : back) {
                long now = RecordDao.byId(c, m.recordId()).citationId();
                if (now != m.from()) {
                  throw new ProjectException(
                      "record #"
                          + m.recordId()
                          + " has moved to citation "
                          + now
                          + " since this decision; split or resolve it instead");
                }
                DedupDao.move(c, m.recordId(), m.from(), m.to(), kind, actor, "reviewer: undo");
              }
              DedupDao.restorePair(c, decision.recordA(), decision.recordB(), decision.before());
              AuditDao.log(
                  c,
                  actor,
                  "dedup-undo",
                  "record",
                  decision.recordA(),
                  "#"
                      + decision.recordA()
                      + " ~ #"
                      + decision.recordB()
                      + ": undo "
                      + decision.verdict()
                      + " ("
                      + decision.result()
                      + ")");
              version[0] = MetaDao.bumpDataVersion(c);
              return null;
            });
    reindexAfterMoves(back, version[0]);
  }

  /** The index follows moved records: emptied citations go, the others get their records. */
  private void reindexAfterMoves(List<CitationMove> moves, long version) {
    if (moves.isEmpty()) {
      return;
    }
    Set<Long> touched = new TreeSet<>();
    moves.forEach(
        m -> {
          touched.add(m.from());
          touched.add(m.to());
        });
    List<Long> gone =
        project
            .database()
            .read(
                c -> {
                  List<Long> empty = new ArrayList<>();
                  for (long id : touched) {
                    if (DedupDao.recordIdsOf(c, id).isEmpty()) {
                      empty.add(id);
                    }
                  }
                  return empty;
                });
    touched.removeAll(gone);
    refreshIndex(gone, touched, version);
  }

  /**
   * Undoes merges: every record of the citation goes back to the citation it was imported into, and
   * each pair is recorded as "different" so later runs do not merge them again.
   */
  public int split(long citationId, String actor) throws ProjectException {
    Set<Long> touched = new TreeSet<>();
    long[] version = new long[1];
    int moved =
        project
            .database()
            .inTransaction(
                c -> {
                  List<Long> members = DedupDao.recordIdsOf(c, citationId);
                  if (members.size() < 2) {
                    return -1;
                  }
                  Map<Long, Long> origin = new LinkedHashMap<>();
                  for (long r : members) {
                    origin.put(r, DedupDao.originCitation(c, r));
                  }
                  int count = 0;
                  Map<Long, Long> usedOrigins = new HashMap<>();
                  for (Map.Entry<Long, Long> e : origin.entrySet()) {
                    long target = e.getValue();
                    if (usedOrigins.putIfAbsent(target, e.getKey()) != null) {
                      target =
                          DedupDao.newCitation(
                              c); // two records imported into one citation: rare, keep apart
                    }
                    touched.add(target);
                    if (target != citationId) {
                      DedupDao.move(
                          c, e.getKey(), citationId, target, "split", actor, "reviewer: split");
                      count++;
                    }
                  }
                  for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                      DedupDao.decide(
                          c, members.get(i), members.get(j), PairVerdict.DIFFERENT, actor, "split");
                    }
                  }
                  AuditDao.log(
                      c,
                      actor,
                      "dedup-split",
                      "citation",
                      citationId,
                      count + " records moved out");
                  version[0] = MetaDao.bumpDataVersion(c);
                  return count;
                });
    if (moved < 0) {
      throw new ProjectException(
          "citation " + citationId + " has fewer than two records: nothing to split");
    }
    touched.add(citationId);
    refreshIndex(List.of(), touched, version[0]);
    return moved;
  }

  /** How detection scores two records (by file ID, or "#" + project id), with its evidence. */
  public org.winnow.core.dedup.PairScore compare(String idA, String idB) throws ProjectException {
    long a = recordId(idA);
    long b = recordId(idB);
    return project
        .database()
        .read(
            c ->
                new org.winnow.core.dedup.PairScorer(effectiveSettings())
                    .score(
                        DedupRecord.of(RecordDao.byId(c, a)),
                        DedupRecord.of(RecordDao.byId(c, b))));
  }

  /** Every record with its citation: the clusters, as {@code --export-clusters} writes them. */
  public List<Record> clusters() {
    List<Record> out = new ArrayList<>();
    project
        .database()
        .read(
            c -> {
              RecordDao.forEachWithoutRaw(c, out::add);
              return null;
            });
    out.sort(java.util.Comparator.comparingLong(Record::citationId).thenComparingLong(Record::id));
    return out;
  }

  /**
   * Every record's citation without the record's fields, in id order: the clusters at a few dozen
   * bytes a record (a benchmark of a million records cannot hold their text twice).
   */
  public List<RecordDao.Membership> memberships() {
    List<RecordDao.Membership> out = new ArrayList<>();
    project
        .database()
        .read(
            c -> {
              RecordDao.forEachMembership(c, out::add);
              return null;
            });
    return out;
  }

  private long recordId(String id) throws ProjectException {
    List<Long> ids = project.database().read(c -> DedupDao.recordsWithId(c, id));
    if (ids.isEmpty()) {
      throw new ProjectException("no record with ID '" + id + "'");
    }
    if (ids.size() > 1) {
      throw new ProjectException(
          "ID '"
              + id
              + "' names "
              + ids.size()
              + " records (in different files); use #N with one of: "
              + ids.stream().map(i -> "#" + i).toList());
    }
    return ids.get(0);
  }
}
