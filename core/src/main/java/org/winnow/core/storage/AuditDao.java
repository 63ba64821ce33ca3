package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.model.AuditEntry;
import org.winnow.core.model.WriteKey;

/** The audit table: every change, who made it and when. Rows are only ever appended. */
public final class AuditDao {
  private AuditDao() {}

  /** Appends an audit entry under a key of its own (a write that is never retried). */
  public static void log(
      Connection c, String actor, String action, String entity, Long entityId, String detail)
      throws SQLException {
    log(c, WriteKey.random(), actor, action, entity, entityId, detail);
  }

  /**
   * Appends an audit entry, unless this key already stored it (a retried write): the entry of a
   * retried decision is written once, as the decision is.
   */
  public static void log(
      Connection c,
      WriteKey key,
      String actor,
      String action,
      String entity,
      Long entityId,
      String detail)
      throws SQLException {
    AppendedRow.insert(
        c,
        "audit",
        "at",
        key,
        List.of("actor", "action", "entity", "entity_id", "detail"),
        actor,
        action,
        entity,
        entityId,
        detail);
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

  /**
   * A mark that moves whenever anything this connection may read is written (the newest audit row,
   * decision and resolution it can see; all three are appended, never rewritten), and whenever a
   * change all members may know of is made (the newest row of the {@code audit_change} view, which
   * a reviewer on a team server sees though the audit row is not theirs): a window compares marks
   * to learn that another member or process has worked.
   */
  public static String changeMark(Connection c) throws SQLException {
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT (SELECT coalesce(max(id), 0) FROM audit),"
                    + " (SELECT coalesce(max(id), 0) FROM decision),"
                    + " (SELECT coalesce(max(id), 0) FROM resolution),"
                    + " (SELECT coalesce(max(id), 0) FROM audit_change)")) {
      rs.next();
      return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4);
    }
  }

  /**
   * How far the three appended tables reached at one read: each one's largest id and how many rows
   * it then held. A cache of derived state keeps the mark it was derived at, so that it can tell
   * rows appended since (ids above the mark) from anything else. {@code changeMax} and {@code
   * changeRows} are those of the {@code audit_change} view: the changes every member may know of,
   * which on a team server a reviewer's own audit rows do not show.
   */
  public record AppendMark(
      long auditMax,
      long auditRows,
      long decisionMax,
      long decisionRows,
      long resolutionMax,
      long resolutionRows,
      long changeMax,
      long changeRows) {
    /** The same mark after these rows (with ids above it) were taken in. */
    public AppendMark advancedBy(
        Collection<Long> auditIds, Collection<Long> decisionIds, Collection<Long> resolutionIds) {
      return new AppendMark(
          auditIds.stream().mapToLong(Long::longValue).reduce(auditMax, Math::max),
          auditRows + auditIds.size(),
          decisionIds.stream().mapToLong(Long::longValue).reduce(decisionMax, Math::max),
          decisionRows + decisionIds.size(),
          resolutionIds.stream().mapToLong(Long::longValue).reduce(resolutionMax, Math::max),
          resolutionRows + resolutionIds.size(),
          changeMax,
          changeRows);
    }
  }

  /** The appended tables' mark now. */
  public static AppendMark appendMark(Connection c) throws SQLException {
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT (SELECT coalesce(max(id), 0) FROM audit), (SELECT count(*) FROM audit),"
                    + " (SELECT coalesce(max(id), 0) FROM decision), (SELECT count(*) FROM decision),"
                    + " (SELECT coalesce(max(id), 0) FROM resolution),"
                    + " (SELECT count(*) FROM resolution),"
                    + " (SELECT coalesce(max(id), 0) FROM audit_change),"
                    + " (SELECT count(*) FROM audit_change)")) {
      rs.next();
      return new AppendMark(
          rs.getLong(1),
          rs.getLong(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getLong(5),
          rs.getLong(6),
          rs.getLong(7),
          rs.getLong(8));
    }
  }

  /**
   * Whether the appended tables hold exactly the rows the mark counted at or below its ids (on a
   * server a transaction that took a smaller id can commit after one that took a larger, and such a
   * late row makes this false), and no change all members may know of was made since the mark (a
   * reviewer on a team server does not read a lead's audit rows, but counts them in {@code
   * audit_change}).
   */
  public static boolean noLateRows(Connection c, AppendMark mark) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT (SELECT count(*) FROM audit WHERE id <= ?),"
                + " (SELECT count(*) FROM decision WHERE id <= ?),"
                + " (SELECT count(*) FROM resolution WHERE id <= ?),"
                + " (SELECT count(*) FROM audit_change)")) {
      ps.setLong(1, mark.auditMax());
      ps.setLong(2, mark.decisionMax());
      ps.setLong(3, mark.resolutionMax());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) == mark.auditRows()
            && rs.getLong(2) == mark.decisionRows()
            && rs.getLong(3) == mark.resolutionRows()
            && rs.getLong(4) == mark.changeRows();
      }
    }
  }

  /** The action of every audit row above {@code afterId}: audit id → action. */
  public static Map<Long, String> actionsAfter(Connection c, long afterId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, action FROM audit WHERE id > ? ORDER BY id")) {
      ps.setLong(1, afterId);
      Map<Long, String> out = new LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
      return out;
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
