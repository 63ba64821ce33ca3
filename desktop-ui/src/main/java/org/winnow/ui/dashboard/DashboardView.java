package org.winnow.ui.dashboard;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Records per source, duplicates, screening progress, conflicts and live PRISMA counts. */
public final class DashboardView extends VBox {
  public DashboardView(DashboardViewModel model) {
    super(12);
    setId("dashboard-view");
    Label title = new Label("Dashboard");
    title.getStyleClass().add("title-2");
    Button refresh = new Button("Refresh");
    refresh.setId("dashboard-refresh");
    refresh.setOnAction(e -> model.refresh());
    HBox header = new HBox(12, title, refresh);
    HBox tiles =
        new HBox(
            12,
            tile("Records", model.recordsProperty(), "tile-records"),
            tile("Citations", model.citationsProperty(), "tile-citations"),
            tile("Duplicates removed", model.duplicatesProperty(), "tile-duplicates"),
            tile("Open conflicts", model.openConflictsProperty(), "tile-conflicts"));
    GridPane tables = new GridPane();
    tables.setHgap(12);
    tables.setVgap(12);
    tables.add(
        section(
            "Records per source",
            table(model.sources(), "dashboard-sources", "Source (type)", "Records")),
        0,
        0);
    tables.add(
        section(
            "Screening progress",
            table(model.progress(), "dashboard-progress", "Stage · reviewer", "Progress")),
        1,
        0);
    tables.add(
        section(
            "PRISMA 2020 counts",
            table(model.prisma(), "dashboard-prisma", "PRISMA 2020 field", "Count")),
        0,
        1,
        2,
        1);
    Label error = new Label();
    error.getStyleClass().add("danger");
    error.textProperty().bind(model.errorProperty());
    getChildren().addAll(header, tiles, tables, error);
    model.refresh();
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

  private static VBox section(String title, TableView<DashboardViewModel.Row> table) {
    Label l = new Label(title);
    l.getStyleClass().add("title-4");
    return new VBox(6, l, table);
  }

  private static TableView<DashboardViewModel.Row> table(
      javafx.collections.ObservableList<DashboardViewModel.Row> rows,
      String id,
      String labelHeader,
      String valueHeader) {
    TableView<DashboardViewModel.Row> t = new TableView<>(rows);
    t.setId(id);
    TableColumn<DashboardViewModel.Row, String> label = new TableColumn<>(labelHeader);
    label.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().label()));
    label.setPrefWidth(260);
    TableColumn<DashboardViewModel.Row, String> value = new TableColumn<>(valueHeader);
    value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value()));
    value.setPrefWidth(260);
    t.getColumns().add(label);
    t.getColumns().add(value);
    t.setPrefHeight(200);
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return t;
  }
}
