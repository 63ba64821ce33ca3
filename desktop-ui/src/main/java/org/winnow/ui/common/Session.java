package org.winnow.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.Member;
import org.winnow.core.model.MemberRole;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * The open project (at most one per window) and the list of recent projects, kept in the user's
 * settings folder ({@code recent.txt}: one folder or server URL a line). A server project is
 * remembered by its URL only: a password typed into the window stays in memory and is never written
 * there.
 */
public final class Session implements AutoCloseable {
  /** How many recent projects the start view offers. */
  static final int RECENT_MAX = 8;

  /** The file in the settings folder that lists the recent projects. */
  public static final String RECENT_FILE = "recent.txt";

  private final ObjectProperty<ReviewProject> project = new SimpleObjectProperty<>();
  private final Path settings;
  private ChangeWatch changes;
  private volatile Member member;
  private final StringProperty connection = new SimpleStringProperty("");

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

  /**
   * What happened last to a team project's connection, for the status bar ("Connection to HOST
   * lost, reconnecting…", "… restored"); empty while nothing has.
   */
  public ReadOnlyStringProperty connectionProperty() {
    return connection;
  }

  private static String sentence(String message) {
    return message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  public ReadOnlyObjectProperty<ReviewProject> projectProperty() {
    return project;
  }

  public ReviewProject project() {
    return project.get();
  }

  public void open(Path folder) throws ProjectException {
    open(new ProjectLocation.Folder(folder));
  }

  /** Opens a project folder or server database (with the password typed, if any). */
  public void open(ProjectLocation location) throws ProjectException {
    use(ReviewProject.open(location));
  }

  public void create(Path folder, String name) throws ProjectException {
    create(new ProjectLocation.Folder(folder), name);
  }

  /** Makes a new project in an empty folder or an empty server database, and opens it. */
  public void create(ProjectLocation location, String name) throws ProjectException {
    use(ReviewProject.create(location, name, actor()));
  }

  /**
   * Who the audit trail names for changes made in this window: on a team project with member
   * logins, the login's reviewer (the server refuses anyone else); elsewhere the operating-system
   * user.
   */
  public String actor() {
    Member me = member;
    return me != null ? me.reviewer().name() : System.getProperty("user.name", "reviewer");
  }

  /** The member this window's login is on a team project; empty on a folder or for the owner. */
  public Optional<Member> member() {
    return Optional.ofNullable(member);
  }

  /**
   * Whether the person at this window may do a lead's work (stop screening, for one): anyone on a
   * folder project or the owner's login, and a member whose role is lead.
   */
  public boolean leads() {
    Member me = member;
    return me == null || me.role() == MemberRole.LEAD;
  }

  /** Makes a project the open one (closing the previous) and remembers it. */
  public void use(ReviewProject opened) {
    ReviewProject old = project.get();
    member = opened.members().connected().orElse(null);
    changes().watch(opened);
    connection.set("");
    opened.onConnectionEvents(
        event -> Platform.runLater(() -> connection.set(sentence(event.message()))));
    project.set(opened);
    if (old != null && old != opened) {
      old.close();
    }
    remember(opened.location());
  }

  /**
   * The recent projects, latest first: folders that still exist, and server projects (whose
   * password, if one was typed, must be typed again).
   */
  public List<ProjectLocation> recent() {
    Path file = settings.resolve(RECENT_FILE);
    List<ProjectLocation> out = new ArrayList<>();
    try {
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          try {
            ProjectLocation location = ProjectLocation.parse(line);
            if (location instanceof ProjectLocation.Server
                || Files.isDirectory(((ProjectLocation.Folder) location).path())) {
              out.add(location);
            }
          } catch (IllegalArgumentException e) {
            // a line edited by hand into a bad URL only costs that line
          }
        }
      }
    } catch (IOException e) {
      return List.of(); // a damaged settings file only costs the list
    }
    return out;
  }

  private void remember(ProjectLocation location) {
    ProjectLocation kept =
        location instanceof ProjectLocation.Server server ? server.withoutPassword() : location;
    List<String> list = new ArrayList<>(recent().stream().map(ProjectLocation::display).toList());
    list.remove(kept.display());
    list.add(0, kept.display());
    try {
      Files.createDirectories(settings);
      Files.write(
          settings.resolve(RECENT_FILE),
          list.stream().limit(RECENT_MAX).toList(),
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
    member = null;
    changes().watch(null);
    connection.set("");
  }
}
