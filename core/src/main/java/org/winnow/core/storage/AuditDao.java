package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit table: every change, who made it and when. Rows are only ever appended. */
public final class AuditDao {
  private AuditDao() {}

  public static void log(
      Connection c, String actor, String action, String entity, Long entityId, String detail)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit(at, actor, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setString(4, entity);
      if (entityId == null) {
        ps.setNull(5, java.sql.Types.INTEGER);
      } else {
        ps.setLong(5, entityId);
      }
      ps.setString(6, detail);
      ps.executeUpdate();
    }
  }

  public static long count(Connection c) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM audit")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every action logged, oldest first (for tests and the audit listing). */
  public static List<String> actions(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var s = c.createStatement();
        var rs = s.executeQuery("SELECT action FROM audit ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
