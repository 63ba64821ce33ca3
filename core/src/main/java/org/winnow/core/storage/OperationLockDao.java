package org.winnow.core.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Operations that must run alone on a server project (import, deduplication: both rebuild the
 * citations) take a PostgreSQL advisory lock for the length of their transaction, and say who they
 * are in the session's application name, which every other client can read in {@code
 * pg_stat_activity}. A folder needs neither: its OS lock already lets one process write.
 */
public final class OperationLockDao {
  /** The advisory lock key of operations that run alone ("Win1" in ASCII). */
  private static final long KEY = 0x57696e31L;

  private OperationLockDao() {}

  /**
   * Claims the lock inside the caller's transaction (released when it ends); empty when claimed,
   * otherwise who holds it, as the holder described itself.
   */
  public static Optional<String> tryClaim(Connection c, String operation, String actor)
      throws SQLException {
    if (Dialect.of(c) == Dialect.SQLITE) {
      return Optional.empty();
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('application_name', ?, true)")) {
      ps.setString(1, describe(operation, actor));
      ps.executeQuery().close();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      ps.setLong(1, KEY);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getBoolean(1)) {
          return Optional.empty();
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.application_name, a.usename FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ?"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
      ps.setLong(1, KEY);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return Optional.of(rs.getString(1) + "; login " + rs.getString(2));
        }
      }
    }
    return Optional.of("another client, which has just finished or is not visible to this login");
  }

  private static String describe(String operation, String actor) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown host";
    }
    String text =
        "winnow: "
            + operation
            + " by "
            + actor
            + " on "
            + host
            + ", pid "
            + ProcessHandle.current().pid();
    return text.length() > 63 ? text.substring(0, 63) : text; // NAMEDATALEN - 1
  }
}
