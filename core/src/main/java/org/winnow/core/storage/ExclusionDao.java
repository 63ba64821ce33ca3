package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.winnow.core.model.PreScreeningExclusion;

/** Citations removed before screening: appended rows, the latest per citation holds. */
public final class ExclusionDao {
  private ExclusionDao() {}

  public static void add(
      Connection c,
      long citationId,
      PreScreeningExclusion.Kind kind,
      boolean undo,
      String reason,
      String by)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO prescreening_exclusion(citation_id, kind, action, reason, by_name, at)"
                + " VALUES (?,?,?,?,?,?)")) {
      ps.setLong(1, citationId);
      ps.setString(2, kind.cliName());
      ps.setString(3, undo ? "undo" : "exclude");
      ps.setString(4, reason);
      ps.setString(5, by);
      ps.setString(6, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /** Whether one citation is removed before screening now. */
  public static boolean isRemoved(Connection c, long citationId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT action FROM prescreening_exclusion WHERE citation_id = ? ORDER BY id DESC LIMIT 1")) {
      ps.setLong(1, citationId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1).equals("exclude");
      }
    }
  }

  /** The citations removed now (latest row 'exclude'), by citation id, oldest removal first. */
  public static Map<Long, PreScreeningExclusion> current(Connection c) throws SQLException {
    Map<Long, PreScreeningExclusion> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT e.citation_id, e.kind, e.reason, e.by_name, e.at FROM prescreening_exclusion e"
                    + " WHERE e.action = 'exclude' AND e.id = (SELECT max(id) FROM prescreening_exclusion x"
                    + " WHERE x.citation_id = e.citation_id) ORDER BY e.id")) {
      while (rs.next()) {
        out.put(
            rs.getLong(1),
            new PreScreeningExclusion(
                rs.getLong(1),
                PreScreeningExclusion.Kind.parse(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                StoredInstant.parse(rs.getString(5))));
      }
    }
    return out;
  }
}
