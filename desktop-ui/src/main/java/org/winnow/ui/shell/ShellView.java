package org.winnow.ui.shell;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.winnow.ui.common.Refreshable;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/**
 * The window's frame: a menu bar (every action and its shortcut, so they can be discovered), the
 * navigation on the left, the selected view in the middle and the task status at the bottom.
 */
public final class ShellView extends BorderPane {
  private final Map<String, Node> built = new HashMap<>();

  public ShellView(ShellViewModel model, Node startView, MenuBar menuBar) {
    getStyleClass().add("winnow-shell");
    setTop(menuBar);
    VBox nav = new VBox(4);
    nav.setPadding(new Insets(12, 8, 12, 8));
    nav.getStyleClass().add("winnow-nav");
    nav.setPrefWidth(190);
    ToggleGroup group = new ToggleGroup();
    for (Feature f : model.features()) {
      ToggleButton b = new ToggleButton(f.title());
      b.setId("nav-" + f.id());
      b.setMaxWidth(Double.MAX_VALUE);
      b.setAlignment(Pos.CENTER_LEFT);
      b.setToggleGroup(group);
      b.setDisable(!f.available());
      b.setTooltip(
          new Tooltip(
              f.available()
                  ? f.title() + " (" + f.shortcut().getDisplayText() + ")"
                  : f.title() + ": coming in a later release"));
      b.setOnAction(e -> model.selectedProperty().set(f));
      model.selectedProperty().addListener((obs, old, now) -> b.setSelected(now == f));
      nav.getChildren().add(b);
    }
    StackPane center = new StackPane();
    center.setPadding(new Insets(16));
    model
        .selectedProperty()
        .addListener((obs, old, now) -> show(center, model, now, startView, nav));
    show(center, model, model.selectedProperty().get(), startView, nav);
    model
        .context()
        .session()
        .projectProperty()
        .addListener(
            (obs, old, now) -> {
              built.clear(); // views of the previous project go
              show(center, model, model.selectedProperty().get(), startView, nav);
            });
    // what others do shows in the view on screen (counts, conflicts, PRISMA) within seconds
    model
        .context()
        .session()
        .changes()
        .changesProperty()
        .addListener(
            (obs, old, now) -> {
              if (!center.getChildren().isEmpty()
                  && center.getChildren().get(0) instanceof Refreshable view) {
                view.refreshAfterChanges();
              }
            });
    setCenter(center);
    setBottom(statusBar(model.context().tasks(), model.context().session()));
  }

  private void show(StackPane center, ShellViewModel model, Feature f, Node startView, Node nav) {
    boolean open = model.context().session().project() != null;
    setLeft(open ? nav : null);
    if (!open || f == null) {
      center.getChildren().setAll(startView);
      return;
    }
    center.getChildren().setAll(built.computeIfAbsent(f.id(), k -> f.view().get()));
  }

  private static Node statusBar(TaskRunner tasks, Session session) {
    Label message = new Label();
    message.setId("status-message");
    message.textProperty().bind(tasks.messageProperty());
    // a team project's lost connection and its reconnection, said where the work is reported
    Label connection = new Label();
    connection.setId("status-connection");
    connection.textProperty().bind(session.connectionProperty());
    connection.getStyleClass().add("warning");
    ProgressBar bar = new ProgressBar();
    bar.setId("status-progress");
    bar.progressProperty().bind(tasks.progressProperty());
    bar.visibleProperty().bind(tasks.runningProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("status-cancel");
    cancel.visibleProperty().bind(tasks.runningProperty());
    cancel.setOnAction(e -> tasks.cancel());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox status = new HBox(8, message, connection, grow, bar, cancel);
    status.setAlignment(Pos.CENTER_LEFT);
    status.setPadding(new Insets(4, 12, 4, 12));
    status.getStyleClass().add("winnow-status");
    status.managedProperty().bind(Bindings.createBooleanBinding(() -> true));
    return status;
  }

  /** A menu of the features with their shortcuts. */
  public static Menu goMenu(ShellViewModel model) {
    Menu go = new Menu("_Go");
    for (Feature f : model.features()) {
      MenuItem item = new MenuItem(f.title());
      item.setAccelerator(f.shortcut());
      item.setDisable(!f.available());
      item.disableProperty()
          .bind(
              Bindings.createBooleanBinding(
                  () -> !f.available() || model.context().session().project() == null,
                  model.context().session().projectProperty()));
      item.setOnAction(e -> model.select(f.id()));
      go.getItems().add(item);
    }
    return go;
  }
}
