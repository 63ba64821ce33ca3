package org.winnow.ui.screening;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.index.SearchHit;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningItem;
import org.winnow.core.project.ScreeningService;
import org.winnow.core.project.StoppingService;
import org.winnow.core.ranking.QueueRanking;
import org.winnow.core.ranking.RelevantLeftEstimate;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.core.ranking.StopCheck;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Choosers;

/**
 * One reviewer screening one stage, one item at a time. The reviewer's queue is ranked as {@code
 * winnow screen --next} ranks it ({@link ScreeningService#queue(Stage, String, ScreeningOrder,
 * boolean)}: the stage's chosen order, by default prioritised once an include and an exclude are
 * known to the reviewer, random before); each item is then read alone ({@link
 * ScreeningService#view}) and the following one is loaded ahead while the reviewer reads, so moving
 * on costs no database work. The model is retrained in the background every {@link #RETRAIN_EVERY}
 * decisions (and when the reviewer pauses, {@link #retrainIfStale}; after each decision while a
 * first model waits for an include and an exclude); the items not reached yet then follow the newer
 * ranking, and the next item never waits for it. Blinding is the service's: this model shows what
 * {@link ScreeningItem} holds and lists only the reviewer's own decisions.
 *
 * <p>Undo: decisions are appended, never deleted. Undoing a decision that replaced an earlier one
 * appends that earlier decision again (value, reason, note and labels; origin "undo"), so the
 * record shows both the slip and its correction. Undoing a first decision cannot remove it: the
 * item is shown again so the reviewer can replace it with I, E or M.
 */
public final class ScreeningViewModel {
  /** One line of the list of screened items, with the reviewer's own decision only. */
  public record ScreenedRow(
      long itemId, String title, Integer year, DecisionValue value, String decision) {}

  /** What undo restores: the reviewer's decision on an item before a keystroke (null: none). */
  private record UndoStep(long itemId, Decision before) {}

  /** Everything a session starts from, read off the UI thread. */
  record SessionData(
      RankedQueue ranked,
      Map<Long, Decision> own,
      Map<Long, Long> itemOfCitation,
      ScreeningItem first) {
    List<Long> queue() {
      return ranked.ranked().items();
    }
  }

  /** A ranking of the reviewer's queue, and the order the stage chose (null: the default). */
  record RankedQueue(QueueRanking.Ranked ranked, ScreeningOrder chosen) {}

  /** Decisions after which the model is retrained: the batch of docs/prioritisation.md. */
  static final int RETRAIN_EVERY = 10;

  /** Decisions made in this window carry this origin in the audit trail. */
  static final String ORIGIN = "window";

  /** Rows of the screened list: enough to revisit, small enough to load at once. */
  static final int SCREENED_ROWS = 200;

  /** Search hits read before keeping the screened ones. */
  static final int SEARCH_HITS = 5000;

  /** Items kept in memory, so moving back and forth does not read them again. */
  private static final int CACHE_SIZE = 16;

  private final AppContext context;
  private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
  private final ObjectProperty<Reviewer> reviewer = new SimpleObjectProperty<>();
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.TITLE_ABSTRACT);
  private final ObservableList<ExclusionReason> reasons = FXCollections.observableArrayList();
  private final ObjectProperty<ScreeningItem> item = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty labels = new SimpleStringProperty("");
  private final IntegerProperty screened = new SimpleIntegerProperty();
  private final IntegerProperty total = new SimpleIntegerProperty();
  private final StringProperty position = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private final BooleanProperty canUndo = new SimpleBooleanProperty();
  private final BooleanProperty done = new SimpleBooleanProperty();
  private final ObjectProperty<HighlightTerms> highlight =
      new SimpleObjectProperty<>(HighlightTerms.NONE);
  private final ObservableList<ScreenedRow> screenedRows = FXCollections.observableArrayList();
  private final ObjectProperty<ScreeningOrder> order = new SimpleObjectProperty<>();
  private final StringProperty orderNote = new SimpleStringProperty("");
  private final StringProperty rankScore = new SimpleStringProperty("");
  private final StringProperty relevantLeft = new SimpleStringProperty("");
  private final StringProperty stopReport = new SimpleStringProperty("");
  private final BooleanProperty mayStop = new SimpleBooleanProperty(true);
  private final StringProperty query = new SimpleStringProperty("");
  private final StringProperty screenedSummary = new SimpleStringProperty("");
  private final FullTextPages pdf;

  private SessionQueue queue = SessionQueue.empty();
  private Map<Long, Decision> own = new HashMap<>();
  private Map<Long, Long> itemOfCitation = Map.of();
  private final Map<Long, ScreeningItem> cache =
      new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ScreeningItem> eldest) {
          return size() > CACHE_SIZE;
        }
      };
  private final Set<Long> inFlight = new HashSet<>();

  /** Session items others finished after the session began (see {@link #finishedByOthers}). */
  private final Set<Long> decidedByOthers = new HashSet<>();

  /** Whether the reviewer last moved back (P): an item passed over is passed the same way. */
  private boolean backwards;

  /** Said once with the next recorded decision when an item was passed over. */
  private String passedOver = "";

  private static final String PASSED_OVER =
      " · passed over an item others have finished screening since this session began";

  private final Deque<UndoStep> undo = new ArrayDeque<>();

  /** The latest ranking of the queue, what the items shown were served from. */
  private QueueRanking.Ranked ranking;

  /** Items recorded as served in this session (the stopping rule needs how each was served). */
  private final Set<Long> served = new HashSet<>();

  private int decidedSinceRanking;

  /**
   * Prioritised was asked for but there was nothing to learn from yet: retrain at each decision.
   */
  private boolean awaitingFirstModel;

  private boolean rankingRunning;
  private boolean rankAgain;

  /** Bumped when the reviewer or stage changes: answers for an older session are dropped. */
  private long generation;

  /** Closes the PDF when the project closes (held weakly: the session outlives this view). */
  private final ChangeListener<ReviewProject> projectClosed = (obs, old, now) -> pdf().close();

  public ScreeningViewModel(AppContext context) {
    this.context = context;
    this.pdf = new FullTextPages(context.tasks());
    reviewer.addListener((obs, old, now) -> openSession());
    stage.addListener((obs, old, now) -> openSession());
    context.session().projectProperty().addListener(new WeakChangeListener<>(projectClosed));
  }

  private ReviewProject project() {
    return context.session().project();
  }

  private ScreeningService screening() {
    return project().screening();
  }

  /** Loads the team, the reasons and the keyword lists, then opens the first reviewer's session. */
  public void start() {
    ReviewProject p = project();
    if (p == null) {
      return;
    }
    context
        .tasks()
        .quick(
            () ->
                new Object[] {
                  p.screening().reviewers(),
                  p.screening().reasons(),
                  HighlightTerms.of(
                      p.setting(HighlightTerms.INCLUDE_KEY), p.setting(HighlightTerms.EXCLUDE_KEY))
                },
            loaded -> {
              @SuppressWarnings("unchecked")
              List<Reviewer> all = (List<Reviewer>) loaded[0];
              // a member of a team project screens as their login's reviewer, and only as them
              List<Reviewer> team =
                  context
                      .session()
                      .member()
                      .map(m -> all.stream().filter(r -> r.id() == m.reviewer().id()).toList())
                      .orElse(all);
              @SuppressWarnings("unchecked")
              List<ExclusionReason> rs = (List<ExclusionReason>) loaded[1];
              highlight.set((HighlightTerms) loaded[2]);
              mayStop.set(context.session().leads());
              reasons.setAll(rs);
              reviewers.setAll(team);
              if (team.isEmpty()) {
                message.set("Add a reviewer to start screening.");
              } else if (reviewer.get() == null || !team.contains(reviewer.get())) {
                reviewer.set(team.get(0));
              }
            },
            this::fail);
  }

  /** Adds a member of the team and screens as them. */
  public void addReviewer(String name) {
    ReviewProject p = project();
    context
        .tasks()
        .quick(
            () -> p.screening().addReviewer(name, null, actor()),
            r -> {
              reviewers.add(r);
              reviewer.set(r);
            },
            this::fail);
  }

  /** Computes the reviewer's queue for the stage (once per session) and shows its first item. */
  public void openSession() {
    ReviewProject p = project();
    Reviewer r = reviewer.get();
    Stage s = stage.get();
    long gen = ++generation;
    queue = SessionQueue.empty();
    cache.clear();
    decidedByOthers.clear();
    inFlight.clear();
    undo.clear();
    canUndo.set(false);
    item.set(null);
    screenedRows.clear();
    served.clear();
    ranking = null;
    decidedSinceRanking = 0;
    rankScore.set("");
    relevantLeft.set("");
    pdf.close();
    if (p == null || r == null || s == null) {
      return;
    }
    loading.set(true);
    context
        .tasks()
        .run(
            "Loading " + r.name() + "'s " + s.cliName() + " queue",
            (progress, cancel) -> loadSession(p, s, r.name()),
            data -> {
              if (gen == generation) {
                begin(data);
              }
            },
            e -> {
              loading.set(false);
              fail(e);
            });
  }

  static SessionData loadSession(ReviewProject p, Stage s, String reviewerName) throws Exception {
    ScreeningService screening = p.screening();
    // a fresh ranking, as screen --next serves: the session opens once (in the background);
    // after that, retraining never holds up an item
    RankedQueue ranked = rankedQueue(p, s, reviewerName, true);
    List<Long> queue = ranked.ranked().items();
    Map<Long, Decision> own = new HashMap<>(screening.ownDecisions(s, reviewerName));
    Map<Long, Long> itemOfCitation = new HashMap<>();
    if (s == Stage.FULL_TEXT) {
      screening
          .fullTextReports()
          .forEach((report, citation) -> itemOfCitation.put(citation, report));
      own.keySet().retainAll(itemOfCitation.values()); // reports no longer at full text drop out
    }
    ScreeningItem first = queue.isEmpty() ? null : screening.view(s, queue.get(0), reviewerName);
    return new SessionData(ranked, own, itemOfCitation, first);
  }

  static RankedQueue rankedQueue(ReviewProject p, Stage s, String reviewerName, boolean wait)
      throws Exception {
    ScreeningService screening = p.screening();
    return new RankedQueue(screening.queue(s, reviewerName, null, wait), screening.order(s));
  }

  private void begin(SessionData data) {
    queue = new SessionQueue(data.queue());
    ranked(data.ranked());
    own = data.own();
    itemOfCitation = data.itemOfCitation();
    if (data.first() != null) {
      cache.put(data.first().itemId(), data.first());
    }
    screened.set(own.size());
    total.set(own.size() + data.queue().size());
    loading.set(false);
    message.set(
        data.queue().isEmpty()
            ? "Nothing left to screen: reopen a screened item from the list to change a decision."
            : "");
    showCurrent();
    search();
  }

  // ---------------------------------------------------------------- ranking

  /**
   * Ranks the queue again in the background, training the model on the labels this reviewer may see
   * now; the items not reached yet then follow it. The item shown and the next one are never held
   * up: until the ranking arrives the session goes on in the last one.
   */
  public void rank() {
    ReviewProject p = project();
    Reviewer r = reviewer.get();
    Stage s = stage.get();
    if (p == null || r == null || s == null) {
      return;
    }
    if (rankingRunning) {
      rankAgain = true;
      return;
    }
    rankingRunning = true;
    decidedSinceRanking = 0;
    long gen = generation;
    context
        .tasks()
        .run(
            "Ranking " + r.name() + "'s queue",
            (progress, cancel) -> rankedQueue(p, s, r.name(), true),
            ranked -> {
              rankingRunning = false;
              if (gen == generation && project() == p) { // not for a session or project left
                queue = queue.reordered(ranked.ranked().items());
                ranked(ranked);
                updatePosition();
                if (item.get() == null && !loading.get()) {
                  showCurrent();
                } else {
                  queue.following().ifPresent(this::load);
                }
              }
              if (rankAgain) {
                rankAgain = false;
                rank();
              }
            },
            e -> {
              rankingRunning = false;
              fail(e);
            });
  }

  /** Whether this reviewer's own decisions already give a model something to learn from. */
  private boolean ownIncludeAndExclude() {
    boolean relevant = false;
    boolean irrelevant = false;
    for (Decision d : own.values()) {
      if (d.value() == DecisionValue.EXCLUDE) {
        irrelevant = true;
      } else {
        relevant = true;
      }
    }
    return relevant && irrelevant;
  }

  /** Retrains when decisions arrived since the last ranking (the view calls it when idle). */
  public void retrainIfStale() {
    if (decidedSinceRanking > 0 && ordersByModel()) {
      rank();
    }
  }

  /**
   * Whether the queue's order comes from the model: in file or random order nothing is learnt, and
   * re-reading the whole stage to rank it again would only hold the project while the reviewer
   * moves on (half a second at 100,000 citations).
   */
  private boolean ordersByModel() {
    return awaitingFirstModel || (ranking != null && ranking.order() == ScreeningOrder.PRIORITISED);
  }

  /** Chooses the order of the stage's queues for the whole team, stored with the project. */
  public void chooseOrder(ScreeningOrder chosen) {
    ReviewProject p = project();
    Stage s = stage.get();
    if (p == null || s == null || chosen == null) {
      return;
    }
    context
        .tasks()
        .quick(
            () -> {
              p.screening().setOrder(s, chosen, actor());
              return chosen;
            },
            done -> {
              message.set(
                  Choosers.stageName(s)
                      + " is screened in "
                      + orderName(done).toLowerCase(Locale.ROOT)
                      + " from now on.");
              rank();
            },
            this::fail);
  }

  static String orderName(ScreeningOrder o) {
    return switch (o) {
      case PRIORITISED -> "Prioritised";
      case RANDOM -> "Random";
      case FILE -> "File order";
    };
  }

  private void ranked(RankedQueue r) {
    ranking = r.ranked();
    order.set(ranking.order());
    ScreeningOrder asked = r.chosen() == null ? ScreeningOrder.PRIORITISED : r.chosen();
    awaitingFirstModel =
        asked == ScreeningOrder.PRIORITISED && ranking.order() == ScreeningOrder.RANDOM;
    if (awaitingFirstModel) {
      orderNote.set("random until the model has an include and an exclude");
    } else {
      orderNote.set(r.chosen() == null ? "the default" : "chosen for the stage");
    }
    relevantLeft.set(
        ranking
            .relevantLeft()
            .map(
                e ->
                    String.format(
                        "about %,d relevant record%s left in your queue (estimate)",
                        e.rounded(), e.rounded() == 1 ? "" : "s"))
            .orElse(""));
    showRank(item.get());
  }

  private void showRank(ScreeningItem it) {
    Double score = it == null || ranking == null ? null : ranking.scores().get(it.itemId());
    rankScore.set(
        score == null || score.isInfinite()
            ? ""
            : String.format(Locale.ROOT, "rank %.2f", RelevantLeftEstimate.rankScore(score)));
  }

  /** Records that the item shown was served from the ranking (not reopened, once a session). */
  private void recordServed(ScreeningItem it) {
    if (queue.reopening() || ranking == null || !served.add(it.itemId())) {
      return;
    }
    QueueRanking.Ranked by = ranking;
    Stage s = stage.get();
    String who = reviewer.get().name();
    ScreeningService screening = screening();
    context
        .tasks()
        .quick(
            () -> {
              screening.served(s, who, it.itemId(), by);
              return null;
            },
            v -> {},
            this::fail);
  }

  // ---------------------------------------------------------------- stopping

  /** Runs the stopping rule on the stage's screening so far and says its verdict in words. */
  public void checkStop() {
    ReviewProject p = project();
    Stage s = stage.get();
    if (p == null || s == null) {
      return;
    }
    context
        .tasks()
        .run(
            "Checking the stopping rule",
            (progress, cancel) -> p.stopping().check(s),
            r -> stopReport.set(inWords(r)),
            this::fail);
  }

  /** The stop check as a reviewer reads it. */
  static String inWords(StoppingService.Report r) {
    StopCheck c = r.check();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Recall is at least %.1f%% with %.0f%% confidence (target %.0f%%).%n",
            c.recallLowerBound() * 100,
            c.confidence() * 100,
            c.targetRecall() * 100));
    out.append(
        String.format(
            "%,d of %,d records screened, %,d relevant found; %,d records left, at most %,d"
                + " relevant among them.%n",
            c.screened(),
            c.records(),
            c.relevantFound(),
            c.recordsLeft(),
            c.relevantLeftUpperBound()));
    out.append(
        c.stop()
            ? String.format(
                Locale.ROOT, "The criterion is met (p = %.4f): the team may stop.", c.pValue())
            : String.format(
                Locale.ROOT,
                "The criterion is not met yet (p = %.4f; it is met below %.2f).",
                c.pValue(),
                1 - c.confidence()));
    for (String w : r.warnings()) {
      out.append(System.lineSeparator()).append("Not valid: ").append(w).append('.');
    }
    return out.toString();
  }

  /**
   * Stops title-abstract screening: the records nobody has screened count as marked ineligible by
   * automation tools (as {@code winnow screening --stop --reason}). Needs a reason.
   */
  public void stopScreening(String reason) {
    stopOrUndo(false, reason);
  }

  /** Puts back the records the last stop removed (as {@code winnow screening --stop --undo}). */
  public void undoStop(String reason) {
    stopOrUndo(true, reason);
  }

  private void stopOrUndo(boolean undoIt, String reason) {
    ReviewProject p = project();
    Stage s = stage.get();
    if (p == null || s == null) {
      return;
    }
    if (!undoIt && (reason == null || reason.isBlank())) {
      stopReport.set("Say why the team stops (the reason goes into PRISMA's explanation).");
      return;
    }
    String who = actor();
    context
        .tasks()
        .run(
            undoIt ? "Undoing the stop" : "Stopping screening",
            (progress, cancel) ->
                undoIt ? p.stopping().undo(s, who, reason) : p.stopping().stop(s, who, reason),
            done -> {
              stopReport.set(
                  done.undo()
                      ? String.format(
                          "Stop undone: %,d records are back in screening.", done.records())
                      : String.format(
                          "Screening stopped by %s: %,d records left unscreened count as marked"
                              + " ineligible by automation tools (PRISMA).",
                          done.by(), done.records()));
              openSession();
            },
            e -> {
              Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
              stopReport.set(cause.getMessage());
            });
  }

  // ---------------------------------------------------------------- moving

  public void next() {
    backwards = false;
    if (queue.hasNext()) {
      queue.next();
      showCurrent();
    }
  }

  public void previous() {
    backwards = true;
    if (queue.hasPrevious()) {
      queue.previous();
      showCurrent();
    }
  }

  /** Shows a screened item again so its decision can be changed. */
  public void reopen(long itemId) {
    queue.show(itemId);
    showCurrent();
  }

  private void showCurrent() {
    OptionalLong id = queue.current();
    updatePosition();
    if (id.isEmpty()) {
      item.set(null);
      done.set(!loading.get());
      note.set("");
      labels.set("");
      pdf.close();
      return;
    }
    done.set(false);
    long wanted = id.getAsLong();
    ScreeningItem cached = cache.get(wanted);
    if (cached != null && finishedByOthers(cached)) {
      // others gave it every decision since the session began: pass over it, the way the
      // reviewer was going (back through the session only while there is an item before it)
      if (backwards && queue.hasPrevious()) {
        queue.previous();
      } else {
        backwards = false;
        queue.next();
      }
      passedOver = PASSED_OVER;
      message.set(PASSED_OVER);
      showCurrent();
    } else if (cached != null) {
      display(cached);
    } else {
      item.set(null); // no keystroke may decide an item that is not on screen
      load(wanted);
    }
  }

  /** An item of the session (not reopened, not decided by this reviewer) others have finished. */
  private boolean finishedByOthers(ScreeningItem it) {
    return !queue.reopening() && it.own() == null && decidedByOthers.contains(it.itemId());
  }

  private void display(ScreeningItem it) {
    item.set(it);
    showRank(it);
    recordServed(it);
    Decision mine = it.own();
    note.set(mine == null || mine.note() == null ? "" : mine.note());
    labels.set(mine == null ? "" : String.join("; ", mine.labels()));
    if (it.pdf() != null) {
      pdf.open(project().fullTextFile(it.pdf()));
    } else {
      pdf.close();
    }
    queue.following().ifPresent(this::load);
  }

  /** Reads one item off the UI thread; shows it if it is still the one wanted. */
  private void load(long itemId) {
    if (cache.containsKey(itemId) || !inFlight.add(itemId)) {
      return;
    }
    long gen = generation;
    Stage s = stage.get();
    String who = reviewer.get().name();
    ScreeningService screening = screening();
    context
        .tasks()
        .quick(
            () -> screening.sessionItem(s, itemId, who),
            loaded -> {
              if (gen != generation) {
                return;
              }
              inFlight.remove(itemId);
              cache.put(itemId, loaded.item());
              if (loaded.finishedByOthers()) {
                decidedByOthers.add(itemId);
              }
              OptionalLong current = queue.current();
              if (item.get() == null && current.isPresent() && current.getAsLong() == itemId) {
                showCurrent();
              }
            },
            e -> {
              inFlight.remove(itemId);
              fail(e);
            });
  }

  private void updatePosition() {
    if (queue.reopening()) {
      position.set("Reopened a screened item · N returns to the queue");
    } else if (queue.current().isEmpty()) {
      position.set(queue.size() == 0 ? "Queue empty" : "End of the queue");
    } else {
      position.set(
          String.format("Item %,d of %,d in this session", queue.index() + 1, queue.size()));
    }
  }

  // ---------------------------------------------------------------- deciding

  /** At full text an exclusion needs one of the project's reasons. */
  public boolean needsReason(DecisionValue value) {
    return value == DecisionValue.EXCLUDE && stage.get() == Stage.FULL_TEXT;
  }

  /**
   * Records the reviewer's decision on the item shown, with the note and labels, and moves on. The
   * write runs off the UI thread; if it fails the item is shown again with the error.
   */
  public void decide(DecisionValue value, String reasonLabel) {
    ScreeningItem it = item.get();
    Reviewer r = reviewer.get();
    if (it == null || r == null) {
      return;
    }
    if (needsReason(value) && (reasonLabel == null || reasonLabel.isBlank())) {
      message.set("Excluding at full text needs a reason.");
      return;
    }
    UndoStep step = new UndoStep(it.itemId(), it.own());
    String noteText = note.get() == null || note.get().isBlank() ? null : note.get().strip();
    List<String> labelList = labels(labels.get());
    cache.remove(it.itemId());
    undo.push(step);
    canUndo.set(true);
    decidedSinceRanking++;
    long gen = generation;
    Stage s = stage.get();
    ScreeningService screening = screening();
    queue.next();
    showCurrent();
    context
        .tasks()
        .quick(
            () ->
                screening.decide(
                    s, it.itemId(), r.name(), value, reasonLabel, noteText, labelList, ORIGIN),
            d -> {
              if (gen == generation) {
                recorded(it, d, "Recorded: ");
                if ((decidedSinceRanking >= RETRAIN_EVERY && ordersByModel())
                    || (awaitingFirstModel && ownIncludeAndExclude())) {
                  rank(); // after the write, so the model learns from it
                }
              }
            },
            e -> {
              if (gen == generation) {
                undo.remove(step);
                canUndo.set(!undo.isEmpty());
                reopen(it.itemId());
                fail(e);
              }
            });
  }

  static List<String> labels(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[;,]"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .distinct()
        .toList();
  }

  private void recorded(ScreeningItem it, Decision d, String verb) {
    if (own.put(d.itemId(), d) == null) {
      screened.set(screened.get() + 1);
    }
    message.set(verb + describe(d) + " · " + shortTitle(it) + passedOver);
    passedOver = "";
    ScreenedRow row =
        row(d.itemId(), it.citation().fields().title(), it.citation().fields().year());
    int at = indexOfRow(d.itemId());
    if (at >= 0) {
      screenedRows.set(at, row);
    } else if (query.get() == null || query.get().isBlank()) {
      screenedRows.add(0, row);
      if (screenedRows.size() > SCREENED_ROWS) {
        screenedRows.remove(SCREENED_ROWS);
      }
      screenedSummary.set(summary("", screenedRows.size(), own.size()));
    }
  }

  private int indexOfRow(long itemId) {
    for (int i = 0; i < screenedRows.size(); i++) {
      if (screenedRows.get(i).itemId() == itemId) {
        return i;
      }
    }
    return -1;
  }

  private static String shortTitle(ScreeningItem it) {
    String t = it.citation().fields().title();
    if (t == null) {
      return "untitled";
    }
    return t.length() > 60 ? t.substring(0, 59) + "…" : t;
  }

  static String describe(Decision d) {
    return d.value().cliName() + (d.reason() == null ? "" : " (" + d.reason().label() + ")");
  }

  /**
   * Undoes the last decision of this session: appends the decision it replaced, or, for a first
   * decision (which an append-only record cannot remove), shows the item to decide again.
   */
  public void undo() {
    UndoStep step = undo.poll();
    canUndo.set(!undo.isEmpty());
    if (step == null) {
      message.set("Nothing to undo in this session.");
      return;
    }
    cache.remove(step.itemId());
    Decision before = step.before();
    if (before == null) {
      message.set(
          "Back to the item: your decision stays in the record (decisions are never deleted);"
              + " press I, E or M to replace it.");
    } else {
      long gen = generation;
      Stage s = stage.get();
      String who = reviewer.get().name();
      ScreeningService screening = screening();
      context
          .tasks()
          .quick(
              () ->
                  screening.decide(
                      s,
                      step.itemId(),
                      who,
                      before.value(),
                      before.reason() == null ? null : before.reason().label(),
                      before.note(),
                      before.labels(),
                      "undo"),
              d -> {
                if (gen == generation) {
                  ScreeningItem shown = item.get();
                  own.put(d.itemId(), d);
                  message.set("Undone: your decision is " + describe(d) + " again.");
                  int at = indexOfRow(d.itemId());
                  if (at >= 0) {
                    ScreenedRow old = screenedRows.get(at);
                    screenedRows.set(at, row(d.itemId(), old.title(), old.year()));
                  }
                  if (shown != null && shown.itemId() == d.itemId()) {
                    reload(shown.itemId());
                  }
                }
              },
              this::fail);
    }
    queue.show(step.itemId());
    showCurrent();
  }

  private void reload(long itemId) {
    cache.remove(itemId);
    item.set(null);
    load(itemId);
  }

  private ScreenedRow row(long itemId, String title, Integer year) {
    return row(itemId, title, year, own.get(itemId));
  }

  private static ScreenedRow row(long itemId, String title, Integer year, Decision d) {
    return new ScreenedRow(
        itemId, title == null ? "(no title)" : title, year, d.value(), describe(d));
  }

  // ---------------------------------------------------------------- screened items

  /**
   * Fills the list of screened items: the latest ones when the query box is empty, otherwise the
   * screened items that match the Lucene query (title, abstract, keywords, MeSH; fields by name).
   */
  public void search() {
    ReviewProject p = project();
    if (p == null || reviewer.get() == null) {
      return;
    }
    String q = query.get() == null ? "" : query.get().strip();
    long gen = generation;
    Stage s = stage.get();
    Map<Long, Decision> mine = Map.copyOf(own);
    Map<Long, Long> items = itemOfCitation;
    context
        .tasks()
        .run(
            q.isEmpty() ? "Listing screened items" : "Searching screened items",
            (progress, cancel) -> q.isEmpty() ? latest(p, s, mine) : matching(p, q, s, mine, items),
            rows -> {
              if (gen != generation) {
                return;
              }
              screenedRows.setAll(rows);
              screenedSummary.set(summary(q, rows.size(), mine.size()));
            },
            e -> screenedSummary.set(e.getMessage()));
  }

  private static String summary(String q, int shown, int all) {
    if (q.isEmpty()) {
      return shown < all
          ? String.format("Latest %,d of %,d screened · search to find others", shown, all)
          : String.format("%,d screened", all);
    }
    return String.format("%,d screened item%s match", shown, shown == 1 ? "" : "s")
        + (shown == SCREENED_ROWS ? " (first " + SCREENED_ROWS + ")" : "");
  }

  private static List<ScreenedRow> latest(ReviewProject p, Stage s, Map<Long, Decision> mine) {
    List<Decision> recent = new ArrayList<>(mine.values());
    recent.sort(Comparator.comparing(Decision::decidedAt).thenComparing(Decision::id).reversed());
    List<ScreenedRow> out = new ArrayList<>();
    for (Decision d : recent.subList(0, Math.min(SCREENED_ROWS, recent.size()))) {
      Bibliographic f = p.screening().citation(s, d.itemId()).fields();
      out.add(row(d.itemId(), f.title(), f.year(), d));
    }
    return out;
  }

  private static List<ScreenedRow> matching(
      ReviewProject p, String q, Stage s, Map<Long, Decision> mine, Map<Long, Long> items)
      throws Exception {
    List<ScreenedRow> out = new ArrayList<>();
    for (SearchHit hit : p.search(q, SEARCH_HITS).hits()) {
      Long itemId = s == Stage.TITLE_ABSTRACT ? hit.citationId() : items.get(hit.citationId());
      Decision d = itemId == null ? null : mine.get(itemId);
      if (d != null) {
        out.add(row(itemId, hit.title(), hit.year(), d));
        if (out.size() == SCREENED_ROWS) {
          break;
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- keyword lists

  /** Stores the include and exclude lists (one term per line) with the project. */
  public void saveHighlights(String includeLines, String excludeLines) {
    ReviewProject p = project();
    HighlightTerms terms = HighlightTerms.of(includeLines, excludeLines);
    context
        .tasks()
        .quick(
            () -> {
              p.setSetting(
                  HighlightTerms.INCLUDE_KEY, HighlightTerms.text(terms.include()), actor());
              p.setSetting(
                  HighlightTerms.EXCLUDE_KEY, HighlightTerms.text(terms.exclude()), actor());
              return terms;
            },
            saved -> {
              highlight.set(saved);
              message.set(
                  "Keyword lists saved with the project ("
                      + saved.include().size()
                      + " include, "
                      + saved.exclude().size()
                      + " exclude).");
            },
            this::fail);
  }

  private String actor() {
    Reviewer r = reviewer.get();
    return r != null ? r.name() : context.session().actor();
  }

  private void fail(Throwable e) {
    Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
    message.set(cause.getMessage() == null ? cause.toString() : cause.getMessage());
  }

  /** The attached full text of the item shown, as the reviewer's path on disk. */
  Path pdfPath() {
    ScreeningItem it = item.get();
    return it == null || it.pdf() == null ? null : project().fullTextFile(it.pdf());
  }

  // ---------------------------------------------------------------- properties

  boolean reviewersEmpty() {
    return reviewers.isEmpty();
  }

  public ObservableList<Reviewer> reviewers() {
    return reviewers;
  }

  public ObjectProperty<Reviewer> reviewerProperty() {
    return reviewer;
  }

  public ObjectProperty<Stage> stageProperty() {
    return stage;
  }

  public ObservableList<ExclusionReason> reasons() {
    return reasons;
  }

  public ObjectProperty<ScreeningItem> itemProperty() {
    return item;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty labelsProperty() {
    return labels;
  }

  public IntegerProperty screenedProperty() {
    return screened;
  }

  public IntegerProperty totalProperty() {
    return total;
  }

  public StringProperty positionProperty() {
    return position;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public BooleanProperty canUndoProperty() {
    return canUndo;
  }

  /** True when every item of the session has been passed. */
  public BooleanProperty doneProperty() {
    return done;
  }

  public ObjectProperty<HighlightTerms> highlightProperty() {
    return highlight;
  }

  public ObservableList<ScreenedRow> screenedRows() {
    return screenedRows;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public StringProperty screenedSummaryProperty() {
    return screenedSummary;
  }

  /** How many labels the latest ranking's model learnt from (0 unless prioritised). */
  int trainedOn() {
    return ranking == null ? 0 : ranking.trainedOn();
  }

  /** The order the queue is served in now (the stage's choice, or the default's). */
  public ObjectProperty<ScreeningOrder> orderProperty() {
    return order;
  }

  /** Why the order in use is what it is ("the default", "random until …"). */
  public StringProperty orderNoteProperty() {
    return orderNote;
  }

  /** The item's rank score ("rank 0.83"), empty unless prioritised. */
  public StringProperty rankScoreProperty() {
    return rankScore;
  }

  /** "about K relevant records left in your queue (estimate)", empty unless prioritised. */
  public StringProperty relevantLeftProperty() {
    return relevantLeft;
  }

  /** The stop check's verdict in words, or what a stop or its undo did. */
  public StringProperty stopReportProperty() {
    return stopReport;
  }

  /** Whether this window's person may stop screening: on a team project, leads only. */
  public BooleanProperty mayStopProperty() {
    return mayStop;
  }

  public FullTextPages pdf() {
    return pdf;
  }
}
