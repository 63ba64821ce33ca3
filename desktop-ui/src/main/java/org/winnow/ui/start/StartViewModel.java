package org.winnow.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;

/** New project, open project, recent projects, and the demo review. */
public final class StartViewModel {
  private final AppContext context;
  private final Path settings;
  private final ObservableList<ProjectLocation> recent = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty("");

  public StartViewModel(AppContext context, Path settings) {
    this.context = context;
    this.settings = settings;
    // a project opened or closed anywhere (menu, command line, tests) updates the recent list
    context.session().projectProperty().addListener((obs, old, now) -> refresh());
    refresh();
  }

  public ObservableList<ProjectLocation> recent() {
    return recent;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public void refresh() {
    recent.setAll(context.session().recent());
  }

  public void open(Path folder) {
    open(new ProjectLocation.Folder(folder));
  }

  /** Opens a folder or server URL given as text (the command line's argument). */
  public void open(String folderOrUrl) {
    try {
      open(ProjectLocation.parse(folderOrUrl));
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
    }
  }

  /** Opens a folder or a server project (a server's password from PGPASSWORD or ~/.pgpass). */
  public void open(ProjectLocation location) {
    try {
      context.session().open(location);
      error.set("");
    } catch (Exception e) {
      error.set(e.getMessage());
    }
    refresh();
  }

  public void create(Path folder, String name) {
    try {
      context.session().create(folder, name);
      error.set("");
    } catch (Exception e) {
      error.set(e.getMessage());
    }
    refresh();
  }

  /** Builds a fresh demo review in the background and opens it. */
  public void openDemo() {
    Path folder = DemoReview.defaultFolder(settings);
    context
        .tasks()
        .run(
            "Building the demo review",
            (progress, cancel) -> {
              if (Files.exists(folder)) {
                deleteTree(folder);
              }
              return DemoReview.create(folder);
            },
            (ReviewProject p) -> {
              context.session().use(p);
              refresh();
            },
            e -> error.set("The demo could not be built: " + e.getMessage()));
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** Where Winnow keeps its settings and the list of recent projects. */
  public Path settingsFolder() {
    return settings;
  }

  /** Where Open demo review builds the demo. */
  public Path demoFolder() {
    return DemoReview.defaultFolder(settings);
  }

  public Session session() {
    return context.session();
  }

  /** The model of the Open team project dialog, filled from a remembered server if one is given. */
  public TeamProjectViewModel teamProject(ProjectLocation.Server remembered) {
    TeamProjectViewModel team = new TeamProjectViewModel(context);
    if (remembered != null) {
      team.fill(remembered);
    }
    return team;
  }

  List<ProjectLocation> recentSnapshot() {
    return List.copyOf(recent);
  }
}
