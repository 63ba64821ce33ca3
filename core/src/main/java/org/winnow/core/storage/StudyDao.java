package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Studies: labels, and whether anything was extracted or appraised for one. */
public final class StudyDao {
  private StudyDao() {}

  /** Study id → label, in id order. */
  public static Map<Long, String> labels(Connection c) throws SQLException {
    Map<Long, String> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, label FROM study ORDER BY id")) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getString(2));
      }
    }
    return out;
  }

  public static void setLabel(Connection c, long studyId, String label) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE study SET label = ? WHERE id = ?")) {
      ps.setString(1, label);
      ps.setLong(2, studyId);
      ps.executeUpdate();
    }
  }

  /** Whether any extraction or appraisal was recorded for the study. */
  public static boolean hasData(Connection c, long studyId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT EXISTS(SELECT 1 FROM extraction WHERE study_id = ?)"
                + " OR EXISTS(SELECT 1 FROM appraisal WHERE study_id = ?)")) {
      ps.setLong(1, studyId);
      ps.setLong(2, studyId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
