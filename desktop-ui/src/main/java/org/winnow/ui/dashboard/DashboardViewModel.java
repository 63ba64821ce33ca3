package org.winnow.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.model.Stage;
import org.winnow.core.prisma.PrismaLabels;
import org.winnow.core.project.PrismaField;
import org.winnow.core.project.ProjectSummary;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ReviewerProgress;
import org.winnow.core.project.ScreeningOutcomes;
import org.winnow.ui.common.AppContext;

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
      Map<String, PrismaField> prisma) {}

  private final AppContext context;
  private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
  private final ObservableList<ProgressRow> progress = FXCollections.observableArrayList();
  private final ObservableList<Row> prisma = FXCollections.observableArrayList();
  private final LongProperty records = new SimpleLongProperty();
  private final LongProperty citations = new SimpleLongProperty();
  private final LongProperty duplicates = new SimpleLongProperty();
  private final LongProperty openConflicts = new SimpleLongProperty();
  private final StringProperty error = new SimpleStringProperty("");

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
            (pr, cancel) -> load(p),
            this::show,
            e -> error.set(e.getMessage()));
  }

  static Snapshot load(ReviewProject p) {
    // outcomes derived once for every figure: progress per stage and the PRISMA counts, which
    // hold the open conflicts too (each derivation reads every decision)
    ScreeningOutcomes outcomes = p.screening().outcomesNow();
    List<ReviewerProgress> progress = new ArrayList<>();
    for (Stage s : Stage.values()) {
      progress.addAll(p.screening().progress(s, outcomes));
    }
    Map<String, PrismaField> counts = p.prisma().counts(outcomes);
    return new Snapshot(
        p.summary(),
        progress,
        counts.get("screening_conflicts").value(),
        counts.get("fulltext_conflicts").value(),
        counts);
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
    error.set("");
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
