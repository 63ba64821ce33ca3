package org.winnow.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.common.Refreshable;

/** Records per source, duplicates, screening progress, conflicts and live PRISMA counts. */
public final class DashboardView extends VBox implements Refreshable {
  private final DashboardViewModel model;
  private Choosers.SaveDialog saveDialog = Choosers.SYSTEM_SAVE_DIALOG;

  public DashboardView(DashboardViewModel model) {
    super(12);
    this.model = model;
    setId("dashboard-view");
    Label title = new Label("Dashboard");
    title.getStyleClass().add("title-2");
    Button refresh = new Button("Refresh");
    refresh.setId("dashboard-refresh");
    refresh.setOnAction(e -> model.refresh());
    Label keptNote = new Label();
    keptNote.setId("dashboard-kept-note");
    keptNote.getStyleClass().add("text-muted");
    keptNote.textProperty().bind(model.keptNoteProperty());
    keptNote.visibleProperty().bind(model.keptNoteProperty().isNotEmpty());
    HBox header = new HBox(12, title, refresh, keptNote);
    header.setAlignment(Pos.BASELINE_LEFT);
    HBox tiles =
        new HBox(
            12,
            tile("Records", model.recordsProperty(), "tile-records"),
            tile("Citations", model.citationsProperty(), "tile-citations"),
            tile("Duplicates removed", model.duplicatesProperty(), "tile-duplicates"),
            tile("Open conflicts", model.openConflictsProperty(), "tile-conflicts"));
    // one table under the other, each as wide as the view, so no text is cut (the window scrolls)
    VBox tables =
        new VBox(
            12,
            section(
                "Records per source",
                table(
                    model.sources(),
                    "dashboard-sources",
                    160,
                    column("Source", DashboardViewModel.SourceRow::source, 320),
                    column("Type", DashboardViewModel.SourceRow::type, 160),
                    number("Records", DashboardViewModel.SourceRow::records))),
            section(
                "Screening progress",
                table(
                    model.progress(),
                    "dashboard-progress",
                    200,
                    column("Stage", DashboardViewModel.ProgressRow::stage, 160),
                    column("Reviewer", DashboardViewModel.ProgressRow::reviewer, 200),
                    number("Screened", DashboardViewModel.ProgressRow::screened),
                    number("Remaining", DashboardViewModel.ProgressRow::remaining),
                    number("Conflicts", DashboardViewModel.ProgressRow::conflicts))),
            section(
                "PRISMA 2020 counts",
                table(
                    model.prisma(),
                    "dashboard-prisma",
                    320,
                    column("Count", DashboardViewModel.Row::label, 520),
                    column("Number", DashboardViewModel.Row::value, 120))),
            recallCurve());
    Label error = new Label();
    error.getStyleClass().add("danger");
    error.textProperty().bind(model.errorProperty());
    VBox content = new VBox(12, tiles, tables, error);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(header, scroll);
    model.refresh();
  }

  /** Tests answer the save dialog themselves: no system dialog can be driven headless. */
  public void useSaveDialog(Choosers.SaveDialog dialog) {
    this.saveDialog = dialog;
  }

  private VBox recallCurve() {
    Label l = new Label("Recall curve so far");
    l.getStyleClass().add("title-4");
    Button export = new Button("Export…");
    export.setId("dashboard-recall-export");
    export.setTooltip(new Tooltip("Save the recall curve as SVG, PNG (300 dpi) or PDF"));
    export.setOnAction(e -> chooseExport());
    HBox head = new HBox(12, l, export);
    ImageView curve = new ImageView();
    curve.setId("dashboard-recall-curve");
    curve.setPreserveRatio(true);
    curve.imageProperty().bind(model.recallImageProperty());
    Label about =
        new Label(
            "Relevant records found against records screened, per stage, in the order they were"
                + " first decided (counted as the stop check counts them); the dashed line is what a"
                + " random order would find on average. A curve far above it means the ranking"
                + " serves relevant records first.");
    about.getStyleClass().addAll("text-muted", "text-small");
    about.setWrapText(true);
    Label status = new Label();
    status.setId("dashboard-recall-status");
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(model.exportStatusProperty());
    return new VBox(6, head, about, curve, status);
  }

  private void chooseExport() {
    if (getScene() == null) {
      return;
    }
    List<Choosers.FileKind> kinds =
        List.of(
            new Choosers.FileKind("SVG figure", "svg"),
            new Choosers.FileKind("PNG figure, 300 dpi", "png"),
            new Choosers.FileKind("PDF figure", "pdf"));
    Optional<Path> file =
        saveDialog.choose(
            getScene().getWindow(), "Export the recall curve", "recall-curve.svg", kinds);
    file.ifPresent(model::exportRecallCurve);
  }

  private static VBox tile(String label, LongProperty value, String id) {
    Label number = new Label();
    number.setId(id);
    number.getStyleClass().add("title-1");
    number.textProperty().bind(value.asString("%,d"));
    VBox box = new VBox(2, number, new Label(label));
    box.getStyleClass().add("winnow-tile");
    box.setPadding(new Insets(12));
    box.setMinWidth(150);
    return box;
  }

  private static <T> VBox section(String title, TableView<T> table) {
    Label l = new Label(title);
    l.getStyleClass().add("title-4");
    return new VBox(6, l, table);
  }

  @SafeVarargs
  private static <T> TableView<T> table(
      ObservableList<T> rows, String id, double height, TableColumn<T, String>... columns) {
    TableView<T> t = new TableView<>(rows);
    t.setId(id);
    t.getColumns().addAll(columns);
    t.setPrefHeight(height);
    t.setMinHeight(height);
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return t;
  }

  private static <T> TableColumn<T, String> column(
      String header, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(header);
    c.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(width * 0.75);
    return c;
  }

  /** A count, right-aligned, as wide as its header needs. */
  private static <T> TableColumn<T, String> number(String header, ToLongFunction<T> value) {
    TableColumn<T, String> c = column(header, r -> String.format("%,d", value.applyAsLong(r)), 95);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }

  /** Others' work (another member, another window) shows here without a restart. */
  @Override
  public void refreshAfterChanges() {
    model.refresh();
  }
}
