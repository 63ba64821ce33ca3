package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Manual PRISMA fields, and the record-level facts PRISMA counts are derived from. */
public final class PrismaDao {
  private PrismaDao() {}

  public static Map<String, String> manual(Connection c) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT field, value FROM prisma_manual ORDER BY field")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  public static void setManual(Connection c, String field, String value, String actor)
      throws SQLException {
    if (value == null) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM prisma_manual WHERE field = ?")) {
        ps.setString(1, field);
        ps.executeUpdate();
      }
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO prisma_manual(field, value, set_by, set_at) VALUES (?,?,?,?)"
                + " ON CONFLICT(field) DO UPDATE SET value = excluded.value, set_by = excluded.set_by,"
                + " set_at = excluded.set_at")) {
      ps.setString(1, field);
      ps.setString(2, value);
      ps.setString(3, actor);
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /** One imported record as PRISMA sees it: its file ID, source and the citation it belongs to. */
  public record SourcedRecord(
      long recordId, String displayId, long citationId, String sourceName, String sourceType) {}

  public static List<SourcedRecord> sourcedRecords(Connection c) throws SQLException {
    List<SourcedRecord> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT r.id, r.file_record_id, r.citation_id, s.name, s.type FROM record r"
                    + " JOIN import_batch b ON r.batch_id = b.id JOIN source s ON b.source_id = s.id ORDER BY r.id")) {
      while (rs.next()) {
        String file = rs.getString(2);
        out.add(
            new SourcedRecord(
                rs.getLong(1),
                file != null ? file : "#" + rs.getLong(1),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5)));
      }
    }
    return out;
  }
}
