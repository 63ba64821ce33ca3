package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.model.AuditEntry;

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

  /**
   * Rows naming one entity: {@code entity} null matches that id on every kind of entity (the caller
   * does not know which kind an id is).
   */
  public record Match(String entity, long id) {}

  /**
   * The audit rows at or after {@code since} (null: all) that name one of the entities (empty: any
   * entity), oldest first.
   */
  public static List<AuditEntry> entries(Connection c, Instant since, List<Match> matches)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, at, actor, action, entity, entity_id, detail FROM audit WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (since != null) {
      sql.append(" AND at >= ?"); // ISO-8601 instants in UTC sort as text
      args.add(since.toString());
    }
    if (!matches.isEmpty()) {
      sql.append(" AND (");
      for (int i = 0; i < matches.size(); i++) {
        Match m = matches.get(i);
        sql.append(i == 0 ? "" : " OR ");
        if (m.entity() == null) {
          sql.append("entity_id = ?");
        } else {
          sql.append("(entity = ? AND entity_id = ?)");
          args.add(m.entity());
        }
        args.add(m.id());
      }
      sql.append(")");
    }
    sql.append(" ORDER BY id");
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long entityId = rs.getLong(6);
          boolean projectWide = rs.wasNull();
          out.add(
              new AuditEntry(
                  rs.getLong(1),
                  StoredInstant.parse(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  projectWide ? null : entityId,
                  rs.getString(7)));
        }
      }
      return out;
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
