package org.winnow.ui.start;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.winnow.core.location.ProjectLocation;

/** What the window shows with no project open. */
public final class StartView extends VBox {
  public StartView(StartViewModel model) {
    super(16);
    setId("start-view");
    setPadding(new Insets(40));
    setAlignment(Pos.TOP_CENTER);
    setMaxWidth(720);
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
    Button team = new Button("Open team project…");
    team.setId("start-team");
    team.setOnAction(e -> showTeamProject(model, null, getScene().getWindow()));
    Button demo = new Button("Open demo review");
    demo.setId("start-demo");
    demo.setOnAction(e -> model.openDemo());
    HBox actions = new HBox(8, create, open, team, demo);
    for (Button b : List.of(create, open, team, demo)) {
      b.setMinWidth(Region.USE_PREF_SIZE); // whole labels: the row may grow past the card
    }
    actions.setAlignment(Pos.CENTER);
    Label error = new Label();
    error.setId("start-error");
    error.getStyleClass().add("danger");
    error.textProperty().bind(model.errorProperty());
    Label recentLabel = new Label("Recent projects");
    recentLabel.getStyleClass().add("title-4");
    ListView<ProjectLocation> recent = new ListView<>(model.recent());
    recent.setId("start-recent");
    recent.setPrefHeight(220);
    recent.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ProjectLocation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shortName(item) + "    " + item.display());
              }
            });
    recent.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
            openRecent(model, recent.getSelectionModel().getSelectedItem());
          }
        });
    recent.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              && recent.getSelectionModel().getSelectedItem() != null) {
            openRecent(model, recent.getSelectionModel().getSelectedItem());
          }
        });
    recentLabel.visibleProperty().bind(Bindings.isNotEmpty(model.recent()));
    recent.visibleProperty().bind(recentLabel.visibleProperty());
    Node welcome = welcome(model);
    welcome.visibleProperty().bind(Bindings.isEmpty(model.recent()));
    for (Node n : List.of(recentLabel, recent, welcome)) {
      n.managedProperty().bind(n.visibleProperty());
    }
    getChildren().addAll(title, subtitle, actions, error, welcome, recentLabel, recent);
  }

  /** A remembered folder opens at once; a server project asks for its password first. */
  private void openRecent(StartViewModel model, ProjectLocation location) {
    if (location instanceof ProjectLocation.Server server) {
      showTeamProject(model, server, getScene().getWindow());
    } else {
      model.open(location);
    }
  }

  private static String shortName(ProjectLocation location) {
    return location instanceof ProjectLocation.Server server
        ? server.database()
        : String.valueOf(((ProjectLocation.Folder) location).path().getFileName());
  }

  /**
   * Shows the Open team project… dialog (from the start page, a recent server project, or the File
   * menu), filled from a remembered server when one is given.
   */
  public static void showTeamProject(
      StartViewModel model, ProjectLocation.Server remembered, Window owner) {
    new TeamProjectDialog(model.teamProject(remembered), owner).show();
  }

  /** The first run: how to begin, and where things are kept. */
  private static Node welcome(StartViewModel model) {
    Label heading = new Label("Welcome");
    heading.getStyleClass().add("title-4");
    Label text =
        new Label(
            "A review lives in one project folder on your computer: its database, its search"
                + " index and the full texts. Begin with New project… (choose an empty folder and"
                + " name the review), Open project… (a Winnow project folder, for instance one a"
                + " colleague shared), Open team project… (a review your team keeps on a PostgreSQL"
                + " server: its address, your user name and password), or Open demo review to look"
                + " around a partly screened review with fictional data.");
    text.setId("start-welcome-text");
    text.setWrapText(true);
    Label where =
        new Label(
            "Your projects stay in the folders you choose (a team project, on its server)."
                + " Winnow keeps its settings and the list of recent projects in "
                + model.settingsFolder()
                + " (server projects by their address, never with a password)"
                + ", and builds the demo review in "
                + model.demoFolder()
                + ".");
    where.setId("start-welcome-where");
    where.setWrapText(true);
    where.getStyleClass().add("text-muted");
    VBox box = new VBox(8, heading, text, where);
    box.setId("start-welcome");
    box.getStyleClass().add("winnow-card");
    box.setPadding(new Insets(16));
    box.setMaxWidth(640);
    return box;
  }

  private static DirectoryChooser chooser(String title) {
    DirectoryChooser c = new DirectoryChooser();
    c.setTitle(title);
    return c;
  }
}
