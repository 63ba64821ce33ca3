package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Form templates kept in the project, and extractions (appended, never overwritten). */
public final class ExtractionDao {
  private ExtractionDao() {}

  /** A template version stored in the project. */
  public record TemplateRow(
      long id,
      String formId,
      int version,
      String title,
      String definition,
      String sha256,
      String origin,
      String addedAt,
      String addedBy) {}

  /** One stored extraction: an extractor's, or a consensus (reviewer = who decided). */
  public record ExtractionRow(
      long id,
      long studyId,
      long templateId,
      String formId,
      int version,
      long reviewerId,
      String reviewerName,
      String kind,
      String answers,
      String basedOn,
      String note,
      String origin,
      String createdAt) {}

  private static final String TEMPLATE_COLUMNS =
      "id, form_id, version, title, definition, sha256, origin, added_at, added_by";

  public static List<TemplateRow> templates(Connection c) throws SQLException {
    List<TemplateRow> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT " + TEMPLATE_COLUMNS + " FROM form_template ORDER BY form_id, version")) {
      while (rs.next()) {
        out.add(template(rs));
      }
    }
    return out;
  }

  public static Optional<TemplateRow> template(Connection c, String formId, int version)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + TEMPLATE_COLUMNS + " FROM form_template WHERE form_id = ? AND version = ?")) {
      ps.setString(1, formId);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(template(rs)) : Optional.empty();
      }
    }
  }

  private static TemplateRow template(ResultSet rs) throws SQLException {
    return new TemplateRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }

  public static long addTemplate(
      Connection c,
      String formId,
      int version,
      String title,
      String definition,
      String sha256,
      String origin,
      String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO form_template(form_id, version, title, definition, sha256, origin,"
                + " added_at, added_by) VALUES (?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, formId);
      ps.setInt(2, version);
      ps.setString(3, title);
      ps.setString(4, definition);
      ps.setString(5, sha256);
      ps.setString(6, origin);
      ps.setString(7, Instant.now().toString());
      ps.setString(8, actor);
      ps.executeUpdate();
      return ScreeningDao.generatedKey(ps);
    }
  }

  public static long addExtraction(
      Connection c,
      long studyId,
      long templateId,
      long reviewerId,
      String kind,
      String answers,
      String basedOn,
      String note,
      String origin)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO extraction(study_id, template_id, reviewer_id, kind, answers, based_on,"
                + " note, origin, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, studyId);
      ps.setLong(2, templateId);
      ps.setLong(3, reviewerId);
      ps.setString(4, kind);
      ps.setString(5, answers);
      setNullable(ps, 6, basedOn);
      setNullable(ps, 7, note);
      ps.setString(8, origin);
      ps.setString(9, Instant.now().toString());
      ps.executeUpdate();
      return ScreeningDao.generatedKey(ps);
    }
  }

  /** Every extraction row, oldest first; of one study and/or one form when given. */
  public static List<ExtractionRow> extractions(Connection c, Long studyId, String formId)
      throws SQLException {
    List<ExtractionRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT e.id, e.study_id, e.template_id, t.form_id, t.version, e.reviewer_id, r.name,"
                + " e.kind, e.answers, e.based_on, e.note, e.origin, e.created_at"
                + " FROM extraction e JOIN form_template t ON e.template_id = t.id"
                + " JOIN reviewer r ON e.reviewer_id = r.id"
                + " WHERE (? IS NULL OR e.study_id = ?) AND (? IS NULL OR t.form_id = ?)"
                + " ORDER BY e.id")) {
      setNullable(ps, 1, studyId);
      setNullable(ps, 2, studyId);
      setNullable(ps, 3, formId);
      setNullable(ps, 4, formId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ExtractionRow(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getInt(5),
                  rs.getLong(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12),
                  rs.getString(13)));
        }
      }
    }
    return out;
  }

  static void setNullable(PreparedStatement ps, int i, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(i, value instanceof Long ? Types.INTEGER : Types.VARCHAR);
    } else if (value instanceof Long l) {
      ps.setLong(i, l);
    } else {
      ps.setString(i, value.toString());
    }
  }
}
