package org.winnow.ui.dashboard;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.winnow.core.model.Stage;
import org.winnow.core.project.PrismaField;
import org.winnow.core.project.ProjectSummary;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ReviewerProgress;
import org.winnow.core.project.ScreeningOutcomes;
import org.winnow.core.project.StoppingService;
import org.winnow.core.ranking.RecallCurvePlot;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.common.Images;

/** The review's pipeline at a glance, loaded in the background. */
public final class DashboardViewModel {
  /** One line of a two-column table: a count in words and its value. */
  public record Row(String label, String value) {}

  /** Records imported from one source. */
  public record SourceRow(String source, String type, long records) {}

  /** One reviewer's screening at one stage. */
  public record ProgressRow(
      String stage, String reviewer, long screened, long remaining, long conflicts) {}

  /** Everything the dashboard shows, computed off the UI thread. */
  record Snapshot(
      ProjectSummary summary,
      List<ReviewerProgress> progress,
      long conflictsTa,
      long conflictsFt,
      Map<String, PrismaField> prisma,
      RecallCurvePlot recallCurve,
      BufferedImage recallImage) {}

  /** Resolution of the recall curve on screen (exports are at their own). */
  static final int SCREEN_DPI = 110;

  private final AppContext context;
  private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
  private final ObservableList<ProgressRow> progress = FXCollections.observableArrayList();
  private final ObservableList<Row> prisma = FXCollections.observableArrayList();
  private final LongProperty records = new SimpleLongProperty();
  private final LongProperty citations = new SimpleLongProperty();
  private final LongProperty duplicates = new SimpleLongProperty();
  private final LongProperty openConflicts = new SimpleLongProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final ObjectProperty<Image> recallImage = new SimpleObjectProperty<>();
  private final StringProperty exportStatus = new SimpleStringProperty("");
  private RecallCurvePlot recallCurve;
  private volatile Snapshot shown; // the last snapshot shown: its figure is kept while unchanged
  private final StringProperty keptNote = new SimpleStringProperty("");
  private final List<Consumer<Figures>> shownListeners = new CopyOnWriteArrayList<>();
  private boolean keptOffered;
  private KeptDashboard kept;
  private ReviewProject keptProject;
  private volatile byte[] recallPng; // the shown recall curve as a PNG, once encoded

  private static final DateTimeFormatter KEPT_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

  public DashboardViewModel(AppContext context) {
    this.context = context;
  }

  /**
   * Reloads everything (after an import, a dedup run, screening). The first time, the figures kept
   * from the last session are shown while the load runs: as they are when nothing was written since
   * they were kept, else with their time until the load replaces them.
   */
  public void refresh() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    KeptDashboard kept = keptFor(p);
    if (shown == null && !keptOffered) {
      keptOffered = true;
      context
          .tasks()
          .run(
              "Opening the dashboard",
              (pr, cancel) -> kept.open(kept.key(p)).orElse(null),
              this::showKept,
              e -> {});
    }
    context
        .tasks()
        .run(
            "Loading the dashboard",
            // keyed by the mark before the load: a write during it moves the project past that
            // mark for good, so the next session shows these figures as earlier ones
            (pr, cancel) -> {
              String key = kept.key(p);
              return new Loaded(load(p, shown), key);
            },
            loaded -> show(loaded, kept),
            e -> error.set(e.getMessage()));
  }

  /** A load, and the key its figures are kept under. */
  private record Loaded(Snapshot snapshot, String keptKey) {}

  private KeptDashboard keptFor(ReviewProject p) {
    if (keptProject != p) {
      kept = KeptDashboard.of(p);
      keptProject = p;
    }
    return kept;
  }

  /** Which figures the dashboard shows. */
  public enum Figures {
    /** Derived by a load. */
    LOADED,
    /** Kept by an earlier session, and the project's state now: nothing was written since. */
    KEPT,
    /** Kept by an earlier session at an earlier state, shown with their time until a load ends. */
    KEPT_EARLIER;

    /** Whether these are the project's figures now. */
    public boolean current() {
      return this != KEPT_EARLIER;
    }
  }

  /** Calls {@code listener} each time figures are shown, with which they are. */
  public void onShown(Consumer<Figures> listener) {
    shownListeners.add(listener);
  }

  /** Empty while the figures shown are current; else says when they were kept. */
  public StringProperty keptNoteProperty() {
    return keptNote;
  }

  static Snapshot load(ReviewProject p) {
    return load(p, null);
  }

  /**
   * Loads everything; the recall curve is drawn again only when it differs from the one {@code
   * before} holds (most refreshes follow decisions that leave it as it was).
   */
  static Snapshot load(ReviewProject p, Snapshot before) {
    // outcomes derived once for every figure: progress per stage and the PRISMA counts, which
    // hold the open conflicts too (each derivation reads every decision)
    ScreeningOutcomes outcomes = p.screening().outcomesNow();
    List<ReviewerProgress> progress = new ArrayList<>();
    for (Stage s : Stage.values()) {
      progress.addAll(p.screening().progress(s, outcomes));
    }
    Map<String, PrismaField> counts = p.prisma().counts(outcomes);
    RecallCurvePlot curve = recallCurve(p, outcomes);
    return new Snapshot(
        p.summary(),
        progress,
        counts.get("screening_conflicts").value(),
        counts.get("fulltext_conflicts").value(),
        counts,
        curve,
        before != null && before.recallCurve().equals(curve)
            ? before.recallImage()
            : FigureExporter.image(curve, SCREEN_DPI));
  }

  /**
   * The recall curve of each stage (title and abstract always; full text once screened there), in
   * the order the items were first decided, as the stop check reads them.
   */
  static RecallCurvePlot recallCurve(ReviewProject p, ScreeningOutcomes outcomes) {
    List<RecallCurvePlot.Panel> panels = new ArrayList<>();
    for (Stage s : Stage.values()) {
      StoppingService.RecallCurve c = p.stopping().curve(s, outcomes);
      if (s == Stage.TITLE_ABSTRACT || c.history().screened() > 0) {
        panels.add(new RecallCurvePlot.Panel(Choosers.stageName(s), c.records(), c.history()));
      }
    }
    return new RecallCurvePlot(panels);
  }

  /** Writes the recall curve as the file's extension says: SVG, PNG (300 dpi) or PDF. */
  public void exportRecallCurve(Path target) {
    RecallCurvePlot curve = recallCurve;
    String name = target.getFileName().toString();
    FigureFormat format;
    try {
      format =
          FigureFormat.parse(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "");
    } catch (IllegalArgumentException e) {
      error.set("Name the file .svg, .png or .pdf: " + name);
      return;
    }
    if (curve == null) {
      error.set("Nothing to export yet: the dashboard is still loading.");
      return;
    }
    context
        .tasks()
        .run(
            "Exporting the recall curve",
            (pr, cancel) -> {
              FigureExporter.write(curve, format, target);
              return target;
            },
            written -> exportStatus.set("Exported the recall curve to " + written),
            e -> error.set("The export failed: " + e.getMessage()));
  }

  private void showKept(KeptDashboard.Opened o) {
    if (o == null || shown != null) {
      return; // nothing kept, or the load came first
    }
    display(o.figures());
    recallImage.set(Images.toFx(o.recallImage()));
    keptNote.set(
        o.current()
            ? ""
            : "Figures as of "
                + KEPT_TIME.format(o.saved().atZone(ZoneId.systemDefault()))
                + ", before the latest changes; updating…");
    shownListeners.forEach(l -> l.accept(o.current() ? Figures.KEPT : Figures.KEPT_EARLIER));
  }

  private void show(Loaded loaded, KeptDashboard kept) {
    Snapshot s = loaded.snapshot();
    boolean redrawn = shown == null || shown.recallImage() != s.recallImage();
    if (redrawn) {
      recallPng = null; // encoded again for the kept figures, off this thread
    }
    byte[] png = recallPng;
    DashboardFigures figures = DashboardFigures.of(s);
    display(figures);
    recallCurve = s.recallCurve();
    if (redrawn) {
      recallImage.set(Images.toFx(s.recallImage()));
    }
    shown = s;
    keptNote.set("");
    error.set("");
    shownListeners.forEach(l -> l.accept(Figures.LOADED));
    context
        .tasks()
        .run(
            "Keeping the dashboard's figures",
            (pr, cancel) -> {
              byte[] encoded = png != null ? png : KeptDashboard.png(s.recallImage());
              kept.keep(loaded.keptKey(), figures, encoded, Instant.now());
              return encoded;
            },
            encoded -> {
              if (shown == s) {
                recallPng = encoded;
              }
            },
            e -> {});
  }

  private void display(DashboardFigures f) {
    records.set(f.records());
    citations.set(f.citations());
    duplicates.set(f.duplicates());
    openConflicts.set(f.openConflicts());
    sources.setAll(f.sources());
    progress.setAll(f.progress());
    prisma.setAll(f.prisma());
  }

  /** The recall curve so far, drawn for the screen. */
  public ObjectProperty<Image> recallImageProperty() {
    return recallImage;
  }

  /** Where the last export went. */
  public StringProperty exportStatusProperty() {
    return exportStatus;
  }

  public ObservableList<SourceRow> sources() {
    return sources;
  }

  public ObservableList<ProgressRow> progress() {
    return progress;
  }

  public ObservableList<Row> prisma() {
    return prisma;
  }

  public LongProperty recordsProperty() {
    return records;
  }

  public LongProperty citationsProperty() {
    return citations;
  }

  public LongProperty duplicatesProperty() {
    return duplicates;
  }

  public LongProperty openConflictsProperty() {
    return openConflicts;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
