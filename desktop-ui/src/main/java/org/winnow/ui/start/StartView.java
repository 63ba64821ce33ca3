package org.winnow.ui.start;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** What the window shows with no project open. */
public final class StartView extends VBox {
  public StartView(StartViewModel model) {
    super(16);
    setId("start-view");
    setPadding(new Insets(40));
    setAlignment(Pos.TOP_CENTER);
    setMaxWidth(640);
    Label title = new Label("Winnow");
    title.getStyleClass().add("title-1");
    Label subtitle = new Label("Systematic reviews, offline: import, deduplicate, screen, report.");
    subtitle.getStyleClass().add("text-muted");
    Button create = new Button("New project…");
    create.setId("start-new");
    create.setDefaultButton(true);
    create.setOnAction(
        e -> {
          File dir =
              chooser("Choose an empty folder for the new review")
                  .showDialog(getScene().getWindow());
          if (dir != null) {
            TextInputDialog name = new TextInputDialog(dir.getName());
            name.setHeaderText("Name of the review");
            name.showAndWait().ifPresent(n -> model.create(dir.toPath(), n));
          }
        });
    Button open = new Button("Open project…");
    open.setId("start-open");
    open.setOnAction(
        e -> {
          File dir = chooser("Open a Winnow project folder").showDialog(getScene().getWindow());
          if (dir != null) {
            model.open(dir.toPath());
          }
        });
    Button demo = new Button("Open demo review");
    demo.setId("start-demo");
    demo.setOnAction(e -> model.openDemo());
    HBox actions = new HBox(8, create, open, demo);
    actions.setAlignment(Pos.CENTER);
    Label error = new Label();
    error.setId("start-error");
    error.getStyleClass().add("danger");
    error.textProperty().bind(model.errorProperty());
    Label recentLabel = new Label("Recent projects");
    recentLabel.getStyleClass().add("title-4");
    ListView<Path> recent = new ListView<>(model.recent());
    recent.setId("start-recent");
    recent.setPrefHeight(220);
    recent.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "    " + item);
              }
            });
    recent.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
            model.open(recent.getSelectionModel().getSelectedItem());
          }
        });
    recent.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              && recent.getSelectionModel().getSelectedItem() != null) {
            model.open(recent.getSelectionModel().getSelectedItem());
          }
        });
    getChildren().addAll(title, subtitle, actions, error, recentLabel, recent);
  }

  private static DirectoryChooser chooser(String title) {
    DirectoryChooser c = new DirectoryChooser();
    c.setTitle(title);
    return c;
  }
}
