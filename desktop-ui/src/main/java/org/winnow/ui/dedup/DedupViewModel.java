package org.winnow.ui.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.dedup.Agreement;
import org.winnow.core.dedup.DedupSettings;
import org.winnow.core.dedup.FieldComparator;
import org.winnow.core.dedup.FieldEvidence;
import org.winnow.core.dedup.PairScorer;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Record;
import org.winnow.core.model.Source;
import org.winnow.core.project.DedupService;
import org.winnow.core.project.DedupService.PairDecision;
import org.winnow.core.project.DedupService.QueuedPair;
import org.winnow.core.project.ProjectSummary;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.ProjectActions;

/**
 * Deduplication review: runs detection, walks the queue of possible duplicates one pair at a time
 * (same, different, skip, undo) and lists merged citations so that a wrong merge can be split.
 *
 * <p>Undo puts back exactly what a decision changed ({@link DedupService#undo}): after "same" the
 * records that joined go back to the citations they came from, with the same citation ids (so
 * screening decisions made on them still apply), and the pair is open in the queue again; after
 * "different" a record split out goes back and the pair reopens. Resolving the pair the other way
 * instead would leave a "different" verdict that later runs obey, and would strand the records in
 * new citations. A skip only moves on, so its undo only moves back. Detection runs and splits
 * change clusters beyond what a decision recorded, so they clear the undo history.
 */
public final class DedupViewModel {
  /** How many authors a side shows before "+N more". */
  static final int AUTHORS_SHOWN = 12;

  /** The value a reviewer reads for each compared field: the record's own, not the folded one. */
  private static final Map<String, Function<Bibliographic, String>> VALUES =
      Map.of(
          "title", Bibliographic::title,
          "authors", f -> authors(f.authors()),
          "year", f -> f.year() == null ? null : f.year().toString(),
          "journal", DedupViewModel::journal,
          "volume", Bibliographic::volume,
          "issue", Bibliographic::issue,
          "pages", Bibliographic::pages,
          "doi", Bibliographic::doi,
          "pmid", Bibliographic::pmid);

  /** One field of the two records side by side, with the evidence for it (null: not compared). */
  public record FieldRow(String label, String a, String b, Agreement agreement, double similarity) {
    /** The agreement in words, so colour is never the only cue. */
    public String agreementText() {
      if (agreement == null) {
        return "";
      }
      return switch (agreement) {
        case MATCH -> "match";
        case PARTIAL -> String.format("partial (%.0f%%)", similarity * 100);
        case CONFLICT -> "conflict";
        case MISSING -> "missing";
      };
    }
  }

  /** A citation made of several records: a merge a reviewer may want to split. */
  public record MergedCitation(long citationId, List<String> recordIds, String title) {
    public String ids() {
      return String.join(", ", recordIds);
    }
  }

  /** What the view shows, loaded off the UI thread. */
  record Snapshot(
      List<QueuedPair> queue,
      Set<String> ambiguousIds,
      List<MergedCitation> merged,
      Map<Long, String> origins) {}

  /** What undo reverses. */
  sealed interface Step permits Decided, Skipped {}

  record Decided(PairDecision decision, QueuedPair pair, int index) implements Step {}

  record Skipped(int from) implements Step {}

  private final ProjectActions actions;
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final ObservableList<QueuedPair> queue = FXCollections.observableArrayList();
  private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
  private final ObservableList<MergedCitation> merged = FXCollections.observableArrayList();
  private final IntegerProperty index = new SimpleIntegerProperty(-1);
  private final ObjectProperty<QueuedPair> current = new SimpleObjectProperty<>();
  private final StringProperty position = new SimpleStringProperty("");
  private final StringProperty evidence = new SimpleStringProperty("");
  private final StringProperty explanation = new SimpleStringProperty("");
  private final IntegerProperty likeThis = new SimpleIntegerProperty();
  private final StringProperty recordA = new SimpleStringProperty("");
  private final StringProperty recordB = new SimpleStringProperty("");
  private final StringProperty runSummary = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty canUndo = new SimpleBooleanProperty();
  private final Deque<Step> history = new ArrayDeque<>();
  private Set<String> ambiguousIds = Set.of();
  private Map<Long, String> origins = Map.of();

  public DedupViewModel(AppContext context) {
    this.actions = new ProjectActions(context, message::set);
    for (FieldComparator c : new PairScorer(DedupSettings.DEFAULTS).comparators()) {
      labels.put(c.id(), c.label());
    }
    index.addListener((obs, old, now) -> showCurrent());
  }

  /** The summary of one detection run, in words. */
  public static String describe(DedupService.RunSummary s) {
    return String.format(
        "%,d records, %,d citations: %,d merged automatically, %,d possible duplicates queued.",
        s.records(), s.citations(), s.autoMerged(), s.queued());
  }

  /** Reloads the queue and the merged citations. */
  public void refresh() {
    actions.run("Loading the duplicate queue", (p, progress) -> load(p), this::show);
  }

  static Snapshot load(ReviewProject p) {
    List<QueuedPair> queue = p.dedup().queue();
    List<Record> records = p.dedup().clusters(); // in citation order
    Map<String, Integer> idCounts = new HashMap<>();
    for (Record r : records) {
      if (r.fileRecordId() != null) {
        idCounts.merge(r.fileRecordId(), 1, Integer::sum);
      }
    }
    Set<String> ambiguous = new HashSet<>();
    idCounts.forEach(
        (id, n) -> {
          if (n > 1) {
            ambiguous.add(id);
          }
        });
    List<MergedCitation> merged = new ArrayList<>();
    for (int i = 0; i < records.size(); ) {
      int j = i;
      while (j < records.size() && records.get(j).citationId() == records.get(i).citationId()) {
        j++;
      }
      if (j - i > 1) {
        List<Record> members = records.subList(i, j);
        merged.add(
            new MergedCitation(
                members.get(0).citationId(),
                members.stream().map(r -> idOf(r, ambiguous)).toList(),
                members.get(0).fields().title()));
      }
      i = j;
    }
    return new Snapshot(queue, ambiguous, merged, origins(p.summary()));
  }

  /** Batch id → "source · file", to say where each record came from. */
  private static Map<Long, String> origins(ProjectSummary s) {
    Map<Long, String> sourceNames =
        s.sources().stream()
            .map(ProjectSummary.SourceCount::source)
            .collect(Collectors.toMap(Source::id, Source::name));
    Map<Long, String> out = new HashMap<>();
    for (ImportBatch b : s.batches()) {
      out.put(b.id(), sourceNames.getOrDefault(b.sourceId(), "?") + " · " + b.fileName());
    }
    return out;
  }

  void show(Snapshot s) {
    ambiguousIds = s.ambiguousIds();
    origins = s.origins();
    merged.setAll(s.merged());
    QueuedPair was = current.get();
    queue.setAll(s.queue());
    int keep = was == null ? -1 : indexOfPair(was.pair().id());
    select(keep >= 0 ? keep : Math.min(Math.max(index.get(), 0), queue.size() - 1));
  }

  /** Runs detection over new records: merges certain duplicates and refills the queue. */
  public void findDuplicates() {
    actions.run(
        "Finding duplicates",
        (p, progress) -> p.dedup().run(actions.actor(), progress),
        s -> {
          runSummary.set(describe(s));
          forgetHistory();
          refresh();
        });
  }

  public void same() {
    decide(PairVerdict.SAME);
  }

  public void different() {
    decide(PairVerdict.DIFFERENT);
  }

  private void decide(PairVerdict verdict) {
    QueuedPair pair = current.get();
    if (pair == null) {
      return;
    }
    String a = idOf(pair.a(), ambiguousIds);
    String b = idOf(pair.b(), ambiguousIds);
    int at = index.get();
    actions.run(
        "Saving the decision",
        (p, progress) -> p.dedup().decide(a, b, verdict, actions.actor()),
        d -> {
          remember(new Decided(d, pair, at));
          queue.remove(pair);
          select(Math.min(at, queue.size() - 1));
          message.set(
              a + " ~ " + b + ": " + verdict.name().toLowerCase() + " (" + d.result() + ")");
        });
  }

  /** Leaves the pair open for later and shows the next one (the queue wraps around). */
  public void skip() {
    if (queue.size() < 2 || actions.busyProperty().get()) {
      return;
    }
    int from = index.get();
    remember(new Skipped(from));
    select((from + 1) % queue.size());
    message.set("Skipped: the pair stays in the queue.");
  }

  /** Reverses the last decision or skip. */
  public void undo() {
    if (history.isEmpty() || actions.busyProperty().get()) {
      return;
    }
    Step step = history.pop(); // a refused undo is dropped too: it would be refused again
    canUndo.set(!history.isEmpty());
    if (step instanceof Skipped s) {
      select(Math.min(s.from(), queue.size() - 1));
      message.set("Undone: skip.");
      return;
    }
    Decided d = (Decided) step;
    actions.run(
        "Undoing the decision",
        (p, progress) -> {
          p.dedup().undo(d.decision(), actions.actor());
          return d;
        },
        done -> {
          int at = Math.min(done.index(), queue.size());
          queue.add(at, done.pair());
          select(at);
          message.set(
              "Undone: "
                  + done.decision().verdict().name().toLowerCase()
                  + " ("
                  + done.decision().result()
                  + "); the pair is back in the queue.");
        });
  }

  /** Every waiting pair with the current pair's explanation is the same work. */
  public void sameForAllLikeThis() {
    decideAllLikeThis(PairVerdict.SAME);
  }

  /** Every waiting pair with the current pair's explanation is two different works. */
  public void differentForAllLikeThis() {
    decideAllLikeThis(PairVerdict.DIFFERENT);
  }

  /**
   * One verdict for every waiting pair that shares the current pair's explanation, in one
   * transaction ({@link DedupService#decideExplained}). The undo history is cleared: each of those
   * decisions can still be reversed from the CLI or by splitting the citation.
   */
  private void decideAllLikeThis(PairVerdict verdict) {
    QueuedPair pair = current.get();
    if (pair == null) {
      return;
    }
    String rule = pair.explanation();
    actions.run(
        "Saving the decisions",
        (p, progress) -> p.dedup().decideExplained(rule, verdict, actions.actor()),
        done -> {
          message.set(
              done.size() + " pairs explained as '" + rule + "': " + verdict.name().toLowerCase());
          forgetHistory();
          refresh();
        });
  }

  /** Undoes every merge of a citation: each record goes back to the citation it came from. */
  public void split(MergedCitation citation) {
    if (citation == null) {
      return;
    }
    actions.run(
        "Splitting citation " + citation.citationId(),
        (p, progress) -> p.dedup().split(citation.citationId(), actions.actor()),
        moved -> {
          message.set(
              "Split citation " + citation.citationId() + ": " + moved + " records moved out.");
          forgetHistory();
          refresh();
        });
  }

  /**
   * The ID to give DedupService for a record: the one its file gave, unless another record has the
   * same file ID; then "#" + the project's record id.
   */
  static String idOf(Record r, Set<String> ambiguous) {
    String id = r.displayId();
    return r.fileRecordId() != null && ambiguous.contains(r.fileRecordId()) ? "#" + r.id() : id;
  }

  private void remember(Step step) {
    history.push(step);
    canUndo.set(true);
  }

  private void forgetHistory() {
    history.clear();
    canUndo.set(false);
  }

  private int indexOfPair(long pairId) {
    for (int i = 0; i < queue.size(); i++) {
      if (queue.get(i).pair().id() == pairId) {
        return i;
      }
    }
    return -1;
  }

  /** Shows the pair at position i (-1 for none). */
  public void select(int i) {
    int target = queue.isEmpty() ? -1 : Math.max(0, Math.min(i, queue.size() - 1));
    if (index.get() == target) {
      showCurrent(); // the same position may now hold another pair
    } else {
      index.set(target);
    }
  }

  private void showCurrent() {
    int i = index.get();
    QueuedPair pair = i >= 0 && i < queue.size() ? queue.get(i) : null;
    current.set(pair);
    if (pair == null) {
      fields.clear();
      position.set(queue.isEmpty() ? "No possible duplicates waiting for review." : "");
      evidence.set("");
      explanation.set("");
      likeThis.set(0);
      recordA.set("");
      recordB.set("");
      return;
    }
    position.set("Pair " + (i + 1) + " of " + queue.size());
    evidence.set(String.format("Score %.2f · %s", pair.pair().score(), pair.pair().reason()));
    explanation.set("Explained as: " + pair.explanation());
    likeThis.set(
        (int) queue.stream().filter(q -> q.explanation().equals(pair.explanation())).count());
    recordA.set(describe(pair.a()));
    recordB.set(describe(pair.b()));
    fields.setAll(rows(pair));
  }

  private String describe(Record r) {
    String origin = origins.get(r.batchId());
    return idOf(r, ambiguousIds) + (origin == null ? "" : " · " + origin);
  }

  /**
   * The compared fields in the scorer's order (a field this view does not know shows the values the
   * scorer compared), then the abstract (shown, not compared).
   */
  List<FieldRow> rows(QueuedPair pair) {
    List<FieldRow> out = new ArrayList<>();
    for (FieldEvidence e : pair.pair().evidence()) {
      Function<Bibliographic, String> value = VALUES.get(e.field());
      out.add(
          new FieldRow(
              labels.getOrDefault(e.field(), e.field()),
              value == null ? e.a() : value.apply(pair.a().fields()),
              value == null ? e.b() : value.apply(pair.b().fields()),
              e.agreement(),
              e.similarity()));
    }
    out.add(
        new FieldRow(
            "Abstract",
            pair.a().fields().abstractText(),
            pair.b().fields().abstractText(),
            null,
            0));
    return out;
  }

  private static String journal(Bibliographic f) {
    if (f.journal() == null) {
      return f.journalAbbrev();
    }
    return f.journalAbbrev() == null || f.journalAbbrev().equals(f.journal())
        ? f.journal()
        : f.journal() + " (" + f.journalAbbrev() + ")";
  }

  private static String authors(List<Author> authors) {
    if (authors.isEmpty()) {
      return null;
    }
    String shown =
        authors.stream()
            .limit(AUTHORS_SHOWN)
            .map(Author::display)
            .collect(Collectors.joining("; "));
    return authors.size() > AUTHORS_SHOWN
        ? shown + " … (+" + (authors.size() - AUTHORS_SHOWN) + " more)"
        : shown;
  }

  public ObservableList<QueuedPair> queue() {
    return queue;
  }

  public ObservableList<FieldRow> fields() {
    return fields;
  }

  public ObservableList<MergedCitation> merged() {
    return merged;
  }

  public IntegerProperty indexProperty() {
    return index;
  }

  public ObjectProperty<QueuedPair> currentProperty() {
    return current;
  }

  /** "Pair 3 of 12", or that the queue is empty. */
  public StringProperty positionProperty() {
    return position;
  }

  /** The score and the rule that queued the pair. */
  public StringProperty evidenceProperty() {
    return evidence;
  }

  /** The rule that queued the pair, without numbers (shared by the pairs "like this"). */
  public StringProperty explanationProperty() {
    return explanation;
  }

  /** How many waiting pairs share the current pair's explanation, itself included. */
  public IntegerProperty likeThisProperty() {
    return likeThis;
  }

  /** Record A's ID and where it came from. */
  public StringProperty recordAProperty() {
    return recordA;
  }

  public StringProperty recordBProperty() {
    return recordB;
  }

  public StringProperty runSummaryProperty() {
    return runSummary;
  }

  /** What the last action did, or why it failed. */
  public StringProperty messageProperty() {
    return message;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return actions.busyProperty();
  }

  public BooleanProperty canUndoProperty() {
    return canUndo;
  }

  /** The ID shown (and passed to the service) for a record of the current queue. */
  public String idOf(Record r) {
    return idOf(r, ambiguousIds);
  }
}
