package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.model.WriteKey;

/**
 * Extractions and appraisals: one person's answers about a study, or the team's consensus. Both
 * tables have the same shape but for what the answers are to (a template version, or a tool), and
 * rows are only ever appended.
 */
public final class ContributionDao {
  private ContributionDao() {}

  /** The two tables, with the column that says what the answers are to. */
  public enum Table {
    EXTRACTION("extraction", "template_id"),
    APPRAISAL("appraisal", "tool");

    private final String name;
    private final String subject;

    Table(String name, String subject) {
      this.name = name;
      this.subject = subject;
    }
  }

  /**
   * One stored row.
   *
   * @param subject the template row id (extraction) or the tool id (appraisal), as text
   * @param reviewerName the extractor or appraiser, or who decided the consensus
   * @param kind "extractor" or "appraiser", or "consensus"
   * @param basedOn for a consensus, the ids it settles as stored ("[3, 4]"), else null
   */
  public record Row(
      long id,
      long studyId,
      String subject,
      long reviewerId,
      String reviewerName,
      String kind,
      String answers,
      String basedOn,
      String note,
      String origin,
      String createdAt) {}

  /** Appends a row, or finds the one this key already stored (a retried write); returns its id. */
  public static long add(
      Connection c,
      WriteKey key,
      Table table,
      long studyId,
      Object subject,
      long reviewerId,
      String kind,
      String answers,
      String basedOn,
      String note,
      String origin)
      throws SQLException {
    return AppendedRow.insert(
        c,
        table.name,
        "created_at",
        key,
        List.of(
            "study_id",
            table.subject,
            "reviewer_id",
            "kind",
            "answers",
            "based_on",
            "note",
            "origin"),
        studyId,
        subject,
        reviewerId,
        kind,
        answers,
        basedOn,
        note,
        origin);
  }

  /** The rows of a table, oldest first; of one study when given. */
  public static List<Row> rows(Connection c, Table table, Long studyId) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT t.id, t.study_id, t."
                + table.subject
                + ", t.reviewer_id, r.name, t.kind, t.answers, t.based_on, t.note, t.origin,"
                + " t.created_at FROM "
                + table.name
                + " t JOIN reviewer r ON t.reviewer_id = r.id"
                + " WHERE (? IS NULL OR t.study_id = ?) ORDER BY t.id")) {
      Sql.bind(ps, studyId, studyId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Row(
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
