package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's other sessions on this database, in words, for a diagnosis (PostgreSQL only): whose
 * each is, what it does or waits for, how long its transaction has been open and its statement.
 * Only a superuser or the owner reads every session's statement.
 */
public final class ServerSessionsDao {
  private ServerSessionsDao() {}

  public static List<String> describe(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT usename, state, coalesce(wait_event_type || ':' || wait_event, '-'),"
                    + " coalesce(round(extract(epoch FROM now() - xact_start))::text, '-'),"
                    + " left(regexp_replace(coalesce(query, ''), '\\s+', ' ', 'g'), 100)"
                    + " FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid() ORDER BY usename, pid")) {
      while (rs.next()) {
        out.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " wait "
                + rs.getString(3)
                + " xact "
                + rs.getString(4)
                + " s: "
                + rs.getString(5));
      }
    }
    return out;
  }
}
