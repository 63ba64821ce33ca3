package org.winnow.ui.start;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.winnow.core.location.Password;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.location.ServerCheck;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;

/**
 * File, Open team project…: a server's address (typed field by field, or a pasted {@code
 * postgresql://} URL), the login, a password held only in memory, and the TLS mode; connecting says
 * in words what the server holds, opens a project through the same session as a folder, and offers
 * to create the project in an empty database.
 */
public final class TeamProjectViewModel {
  /** pgjdbc's sslmode values that the dialog offers, from the least to the most checked. */
  public static final List<String> TLS_MODES =
      List.of("disable", "prefer", "require", "verify-full");

  private static final String SSLMODE = "sslmode";

  private final AppContext context;
  private final StringProperty url = new SimpleStringProperty("");
  private final StringProperty host = new SimpleStringProperty("");
  private final StringProperty port = new SimpleStringProperty("");
  private final StringProperty database = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ObjectProperty<String> tlsMode = new SimpleObjectProperty<>("prefer");
  private final StringProperty projectName = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty canCreate = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  // parameters of a pasted URL that the dialog has no field for (sslrootcert, sslcert, ...)
  private final Map<String, String> otherParameters = new LinkedHashMap<>();

  TeamProjectViewModel(AppContext context) {
    this.context = context;
    url.addListener((obs, old, now) -> pasted(now));
    // a changed address must be checked again before a project is created in it
    for (StringProperty p : List.of(host, port, database, user)) {
      p.addListener((obs, old, now) -> canCreate.set(false));
    }
  }

  /** Fills the fields from a server location (a remembered one, or a pasted URL). */
  public void fill(ProjectLocation.Server server) {
    host.set(server.host());
    port.set(Integer.toString(server.port()));
    database.set(server.database());
    user.set(server.user());
    otherParameters.clear();
    otherParameters.putAll(server.parameters());
    String mode = otherParameters.remove(SSLMODE);
    tlsMode.set(mode == null ? "prefer" : mode);
    if (projectName.get().isBlank()) {
      projectName.set(server.database());
    }
  }

  private void pasted(String text) {
    if (text == null || !ProjectLocation.isUrl(text.strip())) {
      return;
    }
    try {
      fill(ProjectLocation.Server.parse(text));
      message.set("");
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
    }
  }

  /**
   * The location the fields name, with the typed password (in memory only).
   *
   * @throws IllegalArgumentException naming the field that is missing or wrong
   */
  public ProjectLocation.Server location() {
    String h = host.get().strip();
    String d = database.get().strip();
    if (h.isEmpty()) {
      throw new IllegalArgumentException("Give the server's host name or address.");
    }
    if (d.isEmpty()) {
      throw new IllegalArgumentException("Give the name of the project's database.");
    }
    int p = ProjectLocation.Server.DEFAULT_PORT;
    if (!port.get().isBlank()) {
      try {
        p = Integer.parseInt(port.get().strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "The port must be a number (PostgreSQL's is 5432): " + port.get());
      }
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException("The port must lie between 1 and 65535: " + p);
      }
    }
    String u = user.get().strip();
    if (u.isEmpty()) {
      u = System.getProperty("user.name");
    }
    Map<String, String> parameters = new LinkedHashMap<>(otherParameters);
    parameters.put(SSLMODE, tlsMode.get());
    return new ProjectLocation.Server(
        u, h, p, d, parameters, Password.of(password.get().toCharArray()));
  }

  /** What connecting found, and the project opened when there is one. */
  private record Reply(ServerCheck check, ReviewProject opened) {}

  /**
   * Connects (in the background): opens the project when the database holds one and then runs
   * {@code onOpened}; otherwise says what was found, and offers to create a project in an empty
   * database.
   */
  public void connect(Runnable onOpened) {
    ProjectLocation.Server server = checked();
    if (server == null) {
      return;
    }
    busy.set(true);
    message.set("Connecting to " + server.host() + ":" + server.port() + "…");
    context
        .tasks()
        .run(
            "Connecting to " + server.display(),
            (progress, cancel) -> {
              ServerCheck check = ReviewProject.check(server);
              return new Reply(check, check.holdsProject() ? ReviewProject.open(server) : null);
            },
            (Reply reply) -> {
              busy.set(false);
              canCreate.set(reply.check().canCreate());
              if (reply.check().canCreate() && projectName.get().isBlank()) {
                projectName.set(server.database());
              }
              if (reply.opened() == null) {
                message.set(reply.check().message());
                return;
              }
              opened(reply.opened(), onOpened);
            },
            this::failed);
  }

  /** Creates the project in the empty database just checked (as {@code winnow init URL}). */
  public void createHere(Runnable onOpened) {
    ProjectLocation.Server server = checked();
    if (server == null) {
      return;
    }
    if (projectName.get().isBlank()) {
      message.set("Give the review a name.");
      return;
    }
    busy.set(true);
    context
        .tasks()
        .run(
            "Creating the project on " + server.display(),
            (progress, cancel) ->
                ReviewProject.create(server, projectName.get().strip(), context.session().actor()),
            (ReviewProject p) -> {
              busy.set(false);
              canCreate.set(false);
              opened(p, onOpened);
            },
            this::failed);
  }

  private ProjectLocation.Server checked() {
    try {
      return location();
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return null;
    }
  }

  private void opened(ReviewProject project, Runnable onOpened) {
    message.set("");
    password.set(""); // the session's location keeps it in memory; the field need not
    context.session().use(project);
    onOpened.run();
  }

  private void failed(Throwable e) {
    busy.set(false);
    message.set(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  public StringProperty urlProperty() {
    return url;
  }

  public StringProperty hostProperty() {
    return host;
  }

  public StringProperty portProperty() {
    return port;
  }

  public StringProperty databaseProperty() {
    return database;
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public ObjectProperty<String> tlsModeProperty() {
    return tlsMode;
  }

  public StringProperty projectNameProperty() {
    return projectName;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  public ReadOnlyBooleanProperty canCreateProperty() {
    return canCreate;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }
}
