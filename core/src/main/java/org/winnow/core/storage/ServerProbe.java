package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.location.ServerCheck;
import org.winnow.core.location.ServerCheck.State;

/**
 * Connects once to a server location and says what is there, in words, without changing anything:
 * whether the server answers, takes the login, has the database, and whether that database is
 * empty, a Winnow project or something else. The driver's SQLSTATE tells the login and database
 * failures apart; its message is kept for the rest.
 */
public final class ServerProbe {
  /** Seconds to wait for a server that does not answer, unless the URL sets connectTimeout. */
  static final int CONNECT_TIMEOUT_SECONDS = 10;

  private ServerProbe() {}

  public static ServerCheck check(ProjectLocation.Server server) {
    Properties p = server.properties();
    p.putIfAbsent("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(), p)) {
      Dialect d = Dialect.POSTGRESQL;
      if (d.schemaVersion(c) > 0) {
        return new ServerCheck(
            State.PROJECT, server.display() + " holds a Winnow project: it can be opened.");
      }
      if (d.isEmpty(c)) {
        return new ServerCheck(
            State.EMPTY,
            "The database "
                + server.database()
                + " is empty: Winnow can create the project in it (as 'winnow init' does).");
      }
      return new ServerCheck(
          State.NOT_WINNOW,
          "The database "
              + server.database()
              + " holds other tables, not a Winnow project: choose the project's database, or an"
              + " empty one for a new project.");
    } catch (SQLException e) {
      return failure(server, e);
    }
  }

  private static ServerCheck failure(ProjectLocation.Server server, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = e.getMessage() == null ? e.toString() : e.getMessage();
    // 28xxx: invalid authorization or password; 08004: pgjdbc's "the server requested
    // password-based authentication, but no password was provided"
    if (state.startsWith("28") || state.equals("08004")) {
      return new ServerCheck(
          State.LOGIN_REFUSED,
          "The server refused the login of "
              + server.user()
              + ": the password is wrong, or this user may not connect to "
              + server.database()
              + " (the server says: "
              + detail
              + ").");
    }
    if (state.equals("3D000")) { // invalid catalog name
      return new ServerCheck(
          State.NO_DATABASE,
          "The server at "
              + server.host()
              + ":"
              + server.port()
              + " has no database named "
              + server.database()
              + ": check the name, or ask the server's administrator to create it (createdb).");
    }
    if (detail.contains("SSL")) {
      return new ServerCheck(
          State.TLS_FAILED,
          "The secure connection (TLS, sslmode="
              + server.parameters().getOrDefault("sslmode", "prefer")
              + ") to "
              + server.host()
              + ":"
              + server.port()
              + " failed: "
              + detail);
    }
    return new ServerCheck(
        State.UNREACHABLE,
        "No PostgreSQL server answered at "
            + server.host()
            + ":"
            + server.port()
            + " (it is not running, the name or port is wrong, or a firewall is in the way): "
            + detail);
  }
}
