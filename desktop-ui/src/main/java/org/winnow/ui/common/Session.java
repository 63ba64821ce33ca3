package org.winnow.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * The open project (at most one per window) and the list of recent projects, kept in the user's
 * settings folder.
 */
public final class Session implements AutoCloseable {
  /** How many recent projects the start view offers. */
  static final int RECENT_MAX = 8;

  private final ObjectProperty<ReviewProject> project = new SimpleObjectProperty<>();
  private final Path settings;
  private ChangeWatch changes;

  public Session(Path settingsFolder) {
    this.settings = settingsFolder;
  }

  /** The default settings folder: ~/.winnow */
  public static Path defaultSettings() {
    return Path.of(System.getProperty("user.home"), ".winnow");
  }

  /**
   * Changes to the open project made elsewhere (another member, another window), looked for every
   * two seconds once something asks; the looking thread is a daemon.
   */
  public synchronized ChangeWatch changes() {
    if (changes == null) {
      changes = new ChangeWatch(this, Duration.ofSeconds(2));
    }
    return changes;
  }

  public ReadOnlyObjectProperty<ReviewProject> projectProperty() {
    return project;
  }

  public ReviewProject project() {
    return project.get();
  }

  public void open(Path folder) throws ProjectException {
    ReviewProject opened = ReviewProject.open(folder);
    use(opened);
  }

  public void create(Path folder, String name) throws ProjectException {
    use(ReviewProject.create(folder, name, actor()));
  }

  /** Who the audit trail names for changes made in this window: the operating-system user. */
  public String actor() {
    return System.getProperty("user.name", "reviewer");
  }

  /** Makes a project the open one (closing the previous) and remembers it. */
  public void use(ReviewProject opened) {
    ReviewProject old = project.get();
    project.set(opened);
    if (old != null && old != opened) {
      old.close();
    }
    remember(opened.folder());
  }

  public List<Path> recent() {
    Path file = settings.resolve("recent.txt");
    List<Path> out = new ArrayList<>();
    try {
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && Files.isDirectory(Path.of(line))) {
            out.add(Path.of(line));
          }
        }
      }
    } catch (IOException e) {
      return List.of(); // a damaged settings file only costs the list
    }
    return out;
  }

  private void remember(Path folder) {
    List<Path> list = new ArrayList<>(recent());
    list.remove(folder);
    list.add(0, folder);
    try {
      Files.createDirectories(settings);
      Files.write(
          settings.resolve("recent.txt"),
          list.stream().limit(RECENT_MAX).map(Path::toString).toList(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      // recent projects are a convenience: the project itself is open
    }
  }

  @Override
  public void close() {
    ReviewProject p = project.get();
    if (p != null) {
      p.close();
      project.set(null);
    }
  }
}
