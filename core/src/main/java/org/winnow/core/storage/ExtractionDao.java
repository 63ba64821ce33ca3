package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Form templates kept in the project: every version answers were given with or imported. */
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
            "SELECT "
                + TEMPLATE_COLUMNS
                + " FROM form_template WHERE form_id = ? AND version = ?")) {
      Sql.bind(ps, formId, version);
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
    return Sql.insert(
        c,
        "INSERT INTO form_template(form_id, version, title, definition, sha256, origin,"
            + " added_at, added_by) VALUES (?,?,?,?,?,?,?,?)",
        formId,
        version,
        title,
        definition,
        sha256,
        origin,
        Instant.now().toString(),
        actor);
  }

  /** A saved draft: answers-file JSON as typed, and when it was saved. */
  public record DraftRow(String answers, String savedAt) {}

  /** Saves (replaces) the draft of one person, study, template row and kind. */
  public static void saveDraft(
      Connection c, long studyId, long templateId, long reviewerId, String kind, String answers)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO extraction_draft(study_id, template_id, reviewer_id, kind, answers,"
                + " saved_at) VALUES (?,?,?,?,?,?) ON CONFLICT(study_id, template_id, reviewer_id,"
                + " kind) DO UPDATE SET answers = excluded.answers, saved_at = excluded.saved_at")) {
      Sql.bind(ps, studyId, templateId, reviewerId, kind, answers, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  public static Optional<DraftRow> draft(
      Connection c, long studyId, long templateId, long reviewerId, String kind)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT answers, saved_at FROM extraction_draft WHERE study_id = ? AND template_id = ?"
                + " AND reviewer_id = ? AND kind = ?")) {
      Sql.bind(ps, studyId, templateId, reviewerId, kind);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new DraftRow(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  public static void deleteDraft(
      Connection c, long studyId, long templateId, long reviewerId, String kind)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM extraction_draft WHERE study_id = ? AND template_id = ?"
                + " AND reviewer_id = ? AND kind = ?")) {
      Sql.bind(ps, studyId, templateId, reviewerId, kind);
      ps.executeUpdate();
    }
  }
}
