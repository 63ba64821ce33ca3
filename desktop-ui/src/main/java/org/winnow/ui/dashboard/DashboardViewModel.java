package org.winnow.ui.dashboard;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.winnow.core.prisma.PrismaLabels;
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

  public DashboardViewModel(AppContext context) {
    this.context = context;
  }

  /** Reloads everything (after an import, a dedup run, screening). */
  public void refresh() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    context
        .tasks()
        .run(
            "Loading the dashboard",
            (pr, cancel) -> load(p, shown),
            this::show,
            e -> error.set(e.getMessage()));
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

  void show(Snapshot s) {
    records.set(s.summary().records());
    citations.set(s.summary().citations());
    duplicates.set(s.summary().records() - s.summary().citations());
    openConflicts.set(s.conflictsTa() + s.conflictsFt());
    sources.setAll(
        s.summary().sources().stream()
            .map(c -> new SourceRow(c.source().name(), c.source().type().cliName(), c.records()))
            .toList());
    progress.setAll(
        s.progress().stream()
            .map(
                r ->
                    new ProgressRow(
                        r.stage().cliName(),
                        r.reviewer().name(),
                        r.screened(),
                        r.remaining(),
                        r.conflicts()))
            .toList());
    prisma.setAll(
        s.prisma().values().stream()
            .map(
                f ->
                    new Row(PrismaLabels.of(f.name()), f.value() + (f.manual() ? " (manual)" : "")))
            .toList());
    recallCurve = s.recallCurve();
    if (shown == null || shown.recallImage() != s.recallImage()) {
      recallImage.set(Images.toFx(s.recallImage()));
    }
    shown = s;
    error.set("");
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
