package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appraisals of included studies (appended, never overwritten). */
public final class AppraisalDao {
  private AppraisalDao() {}

  /** One stored appraisal: an appraiser's, or a consensus (reviewer = who decided). */
  public record AppraisalRow(
      long id,
      long studyId,
      String tool,
      long reviewerId,
      String reviewerName,
      String kind,
      String answers,
      String basedOn,
      String note,
      String origin,
      String createdAt) {}

  public static long add(
      Connection c,
      long studyId,
      String tool,
      long reviewerId,
      String kind,
      String answers,
      String basedOn,
      String note,
      String origin)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO appraisal(study_id, tool, reviewer_id, kind, answers, based_on, note,"
                + " origin, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, studyId);
      ps.setString(2, tool);
      ps.setLong(3, reviewerId);
      ps.setString(4, kind);
      ps.setString(5, answers);
      ExtractionDao.setNullable(ps, 6, basedOn);
      ExtractionDao.setNullable(ps, 7, note);
      ps.setString(8, origin);
      ps.setString(9, Instant.now().toString());
      ps.executeUpdate();
      return ScreeningDao.generatedKey(ps);
    }
  }

  /** Every appraisal row of a tool, oldest first; of one study when given. */
  public static List<AppraisalRow> appraisals(Connection c, String tool, Long studyId)
      throws SQLException {
    List<AppraisalRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.id, a.study_id, a.tool, a.reviewer_id, r.name, a.kind, a.answers,"
                + " a.based_on, a.note, a.origin, a.created_at"
                + " FROM appraisal a JOIN reviewer r ON a.reviewer_id = r.id"
                + " WHERE a.tool = ? AND (? IS NULL OR a.study_id = ?) ORDER BY a.id")) {
      ps.setString(1, tool);
      ExtractionDao.setNullable(ps, 2, studyId);
      ExtractionDao.setNullable(ps, 3, studyId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AppraisalRow(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11)));
        }
      }
    }
    return out;
  }
}
