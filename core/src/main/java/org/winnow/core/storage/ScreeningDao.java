package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.model.WriteKey;

/** Reviewers, policies, exclusion reasons, decisions, resolutions and reports. */
public final class ScreeningDao {
  private ScreeningDao() {}

  // --- reviewers

  public static Reviewer addReviewer(Connection c, String name, String initials)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO reviewer(name, initials, created_at) VALUES (?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setString(2, initials);
      ps.setString(3, Instant.now().toString());
      ps.executeUpdate();
      return new Reviewer(generatedKey(ps), name, initials);
    }
  }

  public static List<Reviewer> reviewers(Connection c) throws SQLException {
    List<Reviewer> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name, initials FROM reviewer ORDER BY id")) {
      while (rs.next()) {
        out.add(new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return out;
  }

  public static Optional<Reviewer> reviewer(Connection c, String nameOrInitials)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, name, initials FROM reviewer WHERE name = ? COLLATE NOCASE"
                + " OR initials = ? COLLATE NOCASE ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1")) {
      ps.setString(1, nameOrInitials);
      ps.setString(2, nameOrInitials);
      ps.setString(3, nameOrInitials);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3)))
            : Optional.empty();
      }
    }
  }

  // --- policies

  public static ScreeningPolicy policy(Connection c, Stage stage) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT mode, fraction, seed, maybe_counts_as_include, pilot_size FROM screening_policy"
                + " WHERE stage = ?")) {
      ps.setString(1, stage.cliName());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return ScreeningPolicy.defaultFor(stage);
        }
        return new ScreeningPolicy(
            stage,
            ScreeningPolicy.Mode.parse(rs.getString(1)),
            rs.getDouble(2),
            rs.getLong(3),
            rs.getInt(4) != 0,
            rs.getInt(5));
      }
    }
  }

  public static void setPolicy(Connection c, ScreeningPolicy p, String actor) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO screening_policy(stage, mode, fraction, seed, maybe_counts_as_include, set_at, set_by,"
                + " pilot_size) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(stage) DO UPDATE SET mode = excluded.mode,"
                + " pilot_size = excluded.pilot_size,"
                + " fraction = excluded.fraction, seed = excluded.seed,"
                + " maybe_counts_as_include = excluded.maybe_counts_as_include,"
                + " set_at = excluded.set_at, set_by = excluded.set_by")) {
      ps.setString(1, p.stage().cliName());
      ps.setString(2, p.mode().cliName());
      ps.setDouble(3, p.fraction());
      ps.setLong(4, p.seed());
      ps.setInt(5, p.maybeCountsAsInclude() ? 1 : 0);
      ps.setString(6, Instant.now().toString());
      ps.setString(7, actor);
      ps.setInt(8, p.pilotSize());
      ps.executeUpdate();
    }
  }

  // --- exclusion reasons

  public static List<ExclusionReason> reasons(Connection c) throws SQLException {
    List<ExclusionReason> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, label, position FROM exclusion_reason WHERE active = 1 ORDER BY position, id")) {
      while (rs.next()) {
        out.add(new ExclusionReason(rs.getLong(1), rs.getString(2), rs.getInt(3)));
      }
    }
    return out;
  }

  public static ExclusionReason addReason(Connection c, String label) throws SQLException {
    int position;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT coalesce(max(position), 0) + 1 FROM exclusion_reason")) {
      rs.next();
      position = rs.getInt(1);
    }
    // a known label is made active again without an INSERT: on PostgreSQL an INSERT that meets
    // the conflict still takes an identity value, and the next reason's id would differ from the
    // same project's on SQLite (the upsert stays for two clients adding one label at once)
    boolean known;
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE exclusion_reason SET active = 1 WHERE label = ?")) {
      ps.setString(1, label);
      known = ps.executeUpdate() > 0;
    }
    if (!known) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO exclusion_reason(label, position) VALUES (?, ?) ON CONFLICT(label) DO UPDATE SET active = 1")) {
        ps.setString(1, label);
        ps.setInt(2, position);
        ps.executeUpdate();
      }
    }
    return reasons(c).stream()
        .filter(r -> r.label().equalsIgnoreCase(label))
        .findFirst()
        .orElseThrow();
  }

  /** Retires a reason: past decisions keep it, new ones cannot choose it. */
  public static boolean retireReason(Connection c, String label) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE exclusion_reason SET active = 0 WHERE label = ?")) {
      ps.setString(1, label);
      return ps.executeUpdate() > 0;
    }
  }

  /**
   * Every reason's label in the project's order, retired ones included (past decisions keep them).
   */
  public static List<String> allReasonLabels(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT label FROM exclusion_reason ORDER BY position, id")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static Map<Long, ExclusionReason> allReasons(Connection c) throws SQLException {
    Map<Long, ExclusionReason> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, label, position FROM exclusion_reason")) {
      while (rs.next()) {
        out.put(rs.getLong(1), new ExclusionReason(rs.getLong(1), rs.getString(2), rs.getInt(3)));
      }
    }
    return out;
  }

  // --- decisions

  /**
   * Appends a decision, or finds the one this key already stored (a retried write); returns its id.
   */
  public static long addDecision(
      Connection c,
      WriteKey key,
      Stage stage,
      long itemId,
      Reviewer reviewer,
      DecisionValue value,
      ExclusionReason reason,
      String note,
      List<String> labels,
      String origin)
      throws SQLException {
    return AppendedRow.insert(
        c,
        "decision",
        "decided_at",
        key,
        List.of(
            "stage", "item_id", "reviewer_id", "value", "reason_id", "note", "labels", "origin"),
        stage.cliName(),
        itemId,
        reviewer.id(),
        value.cliName(),
        reason == null ? null : reason.id(),
        note,
        Json.write(labels),
        origin);
  }

  /** How many decisions (every row, changed minds included) a stage has. */
  public static int decisionCount(Connection c, Stage stage) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM decision WHERE stage = ?")) {
      ps.setString(1, stage.cliName());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** Whether anyone has decided or resolved anything yet. */
  public static boolean anyDecisions(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM decision) OR EXISTS (SELECT 1 FROM resolution)")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /** Each reviewer's latest decision per item of a stage: item id → decisions in reviewer order. */
  public static Map<Long, List<Decision>> latestDecisions(Connection c, Stage stage)
      throws SQLException {
    return latestDecisions(c, stage, null);
  }

  /** As above, for one item only (or every item when {@code itemId} is null). */
  public static Map<Long, List<Decision>> latestDecisions(Connection c, Stage stage, Long itemId)
      throws SQLException {
    // every decision in (item, reviewer, id) order, the index's own order, keeping each
    // reviewer's last: half the time of asking the index for each row's latest id
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, item_id, reviewer_id, value, reason_id, note, labels, decided_at"
                + " FROM decision WHERE stage = ?"
                + (itemId == null ? "" : " AND item_id = ?")
                + " ORDER BY item_id, reviewer_id, id")) {
      ps.setString(1, stage.cliName());
      if (itemId != null) {
        ps.setLong(2, itemId);
      }
      Map<Long, List<Decision>> all = decisionsByItem(c, stage, ps);
      for (List<Decision> item : all.values()) {
        keepLatestPerReviewer(item);
      }
      return all;
    }
  }

  /** Of decisions in (reviewer, id) order, keeps each reviewer's last, in reviewer order. */
  private static void keepLatestPerReviewer(List<Decision> decisions) {
    int kept = 0;
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (kept > 0 && decisions.get(kept - 1).reviewer().id() == d.reviewer().id()) {
        decisions.set(kept - 1, d);
      } else {
        decisions.set(kept++, d);
      }
    }
    decisions.subList(kept, decisions.size()).clear();
  }

  /** The decisions of a stage with ids above {@code afterId}, by item, each item's in id order. */
  public static Map<Long, List<Decision>> decisionsAfter(Connection c, Stage stage, long afterId)
      throws SQLException {
    return decisions(c, stage, " AND id > ? ORDER BY id", afterId);
  }

  /** The ids of every decision (any stage) above {@code afterId}. */
  public static List<Long> decisionIdsAfter(Connection c, long afterId) throws SQLException {
    return idsAfter(c, "SELECT id FROM decision WHERE id > ? ORDER BY id", afterId);
  }

  /** The ids of every resolution (any stage) above {@code afterId}. */
  public static List<Long> resolutionIdsAfter(Connection c, long afterId) throws SQLException {
    return idsAfter(c, "SELECT id FROM resolution WHERE id > ? ORDER BY id", afterId);
  }

  private static List<Long> idsAfter(Connection c, String sql, long afterId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, afterId);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  /**
   * The id of each item's first decision at a stage (item id → smallest decision id): the order in
   * which items were first screened.
   */
  public static Map<Long, Long> firstDecisions(Connection c, Stage stage) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT item_id, min(id) FROM decision WHERE stage = ? GROUP BY item_id")) {
      ps.setString(1, stage.cliName());
      Map<Long, Long> out = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getLong(2));
        }
      }
      return out;
    }
  }

  /**
   * On a team server: whether reviewers other than {@code reviewerId} already gave one item every
   * decision the stage needs (two; one when single screened), counting decisions the connection may
   * not read (a member's own reviewer is the login's, whatever {@code reviewerId} says).
   */
  public static boolean decidedEnoughByOthers(
      Connection c, Stage stage, long itemId, long reviewerId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT winnow_item_decided_enough(?, ?, ?)")) {
      ps.setString(1, stage.cliName());
      ps.setLong(2, itemId);
      ps.setLong(3, reviewerId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * On a team server: the items of a stage that already hold every decision the stage needs,
   * counting decisions the connection may not read (row-level security hides other reviewers').
   */
  public static Set<Long> itemsDecidedEnough(Connection c, Stage stage) throws SQLException {
    Set<Long> items = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT winnow_items_decided_enough(?)")) {
      ps.setString(1, stage.cliName());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(rs.getLong(1));
        }
      }
    }
    return items;
  }

  /**
   * Every decision of a stage, oldest first per item (item id → decisions in id order): the history
   * agreement needs to find each reviewer's first independent decision.
   */
  public static Map<Long, List<Decision>> allDecisions(Connection c, Stage stage)
      throws SQLException {
    return decisions(c, stage, " ORDER BY item_id, id");
  }

  /** A stage's decisions that the rest of the query ({@code rest}, with its values) selects. */
  private static Map<Long, List<Decision>> decisions(
      Connection c, Stage stage, String rest, long... values) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, item_id, reviewer_id, value, reason_id, note, labels, decided_at"
                + " FROM decision WHERE stage = ?"
                + rest)) {
      ps.setString(1, stage.cliName());
      for (int i = 0; i < values.length; i++) {
        ps.setLong(i + 2, values[i]);
      }
      return decisionsByItem(c, stage, ps);
    }
  }

  /** Decisions a query selects (id, item, reviewer, value, reason, note, labels, time), by item. */
  private static Map<Long, List<Decision>> decisionsByItem(
      Connection c, Stage stage, PreparedStatement query) throws SQLException {
    Map<Long, Reviewer> reviewers = new HashMap<>();
    for (Reviewer r : reviewers(c)) {
      reviewers.put(r.id(), r);
    }
    Map<Long, ExclusionReason> reasons = allReasons(c);
    Map<Long, List<Decision>> out = new LinkedHashMap<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        long reasonId = rs.getLong(5);
        Decision d =
            new Decision(
                rs.getLong(1),
                stage,
                rs.getLong(2),
                reviewers.get(rs.getLong(3)),
                DecisionValue.parse(rs.getString(4)),
                rs.wasNull() ? null : reasons.get(reasonId),
                rs.getString(6),
                Json.strings(rs.getString(7)),
                StoredInstant.parse(rs.getString(8)));
        out.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(d);
      }
    }
    return out;
  }

  // --- resolutions

  /**
   * Appends a resolution, or finds the one this key already stored (a retried write); returns its
   * id.
   */
  public static long addResolution(
      Connection c,
      WriteKey key,
      Stage stage,
      long itemId,
      DecisionValue value,
      ExclusionReason reason,
      String note,
      Reviewer by,
      Resolution.Method method)
      throws SQLException {
    return AppendedRow.insert(
        c,
        "resolution",
        "decided_at",
        key,
        List.of("stage", "item_id", "value", "reason_id", "note", "resolved_by", "method"),
        stage.cliName(),
        itemId,
        value.cliName(),
        reason == null ? null : reason.id(),
        note,
        by.id(),
        method.cliName());
  }

  /** The latest resolution per item of a stage. */
  public static Map<Long, Resolution> resolutions(Connection c, Stage stage) throws SQLException {
    return resolutions(c, stage, null);
  }

  /** The resolutions of a stage with ids above {@code afterId}: the latest per item among them. */
  public static Map<Long, Resolution> resolutionsAfter(Connection c, Stage stage, long afterId)
      throws SQLException {
    return resolutions(c, stage, null, afterId);
  }

  /** As above, for one item only (or every item when {@code itemId} is null). */
  private static Map<Long, Resolution> resolutions(Connection c, Stage stage, Long itemId)
      throws SQLException {
    return resolutions(c, stage, itemId, 0);
  }

  private static Map<Long, Resolution> resolutions(
      Connection c, Stage stage, Long itemId, long afterId) throws SQLException {
    Map<Long, Reviewer> reviewers = new HashMap<>();
    for (Reviewer r : reviewers(c)) {
      reviewers.put(r.id(), r);
    }
    Map<Long, ExclusionReason> reasons = allReasons(c);
    Map<Long, Resolution> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, item_id, value, reason_id, note, resolved_by, method, decided_at FROM resolution"
                + " WHERE stage = ? AND id > ?"
                + (itemId == null ? "" : " AND item_id = ?")
                + " ORDER BY id")) {
      ps.setString(1, stage.cliName());
      ps.setLong(2, afterId);
      if (itemId != null) {
        ps.setLong(3, itemId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long reasonId = rs.getLong(4);
          ExclusionReason reason = rs.wasNull() ? null : reasons.get(reasonId);
          out.put(
              rs.getLong(2),
              new Resolution(
                  rs.getLong(1),
                  stage,
                  rs.getLong(2),
                  DecisionValue.parse(rs.getString(3)),
                  reason,
                  rs.getString(5),
                  reviewers.get(rs.getLong(6)),
                  rs.getString(7).equals("consensus")
                      ? Resolution.Method.CONSENSUS
                      : Resolution.Method.THIRD_REVIEWER,
                  StoredInstant.parse(rs.getString(8))));
        }
      }
    }
    return out;
  }

  // --- reports

  /** A stored report: the full-text unit of one citation. */
  public record ReportRow(
      long id, long citationId, Long studyId, String retrieval, String note, String pdfPath) {}

  public static List<ReportRow> reports(Connection c) throws SQLException {
    return reports(c, null);
  }

  /** One report, or null. */
  public static ReportRow report(Connection c, long reportId) throws SQLException {
    List<ReportRow> one = reports(c, reportId);
    return one.isEmpty() ? null : one.get(0);
  }

  private static List<ReportRow> reports(Connection c, Long reportId) throws SQLException {
    List<ReportRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, citation_id, study_id, retrieval, retrieval_note, pdf_path FROM report"
                + (reportId == null ? "" : " WHERE id = ?")
                + " ORDER BY id")) {
      if (reportId != null) {
        ps.setLong(1, reportId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long study = rs.getLong(3);
          Long studyId = rs.wasNull() ? null : study;
          out.add(
              new ReportRow(
                  rs.getLong(1),
                  rs.getLong(2),
                  studyId,
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    }
    return out;
  }

  public static long citationOfReport(Connection c, long reportId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT citation_id FROM report WHERE id = ?")) {
      ps.setLong(1, reportId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no report " + reportId);
        }
        return rs.getLong(1);
      }
    }
  }

  /** The latest resolution of one item, or null. */
  public static Resolution resolution(Connection c, Stage stage, long itemId) throws SQLException {
    return resolutions(c, stage, itemId).get(itemId);
  }

  public static long addReport(Connection c, long citationId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO report(citation_id, retrieval, created_at) VALUES (?, 'sought', ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, citationId);
      ps.setString(2, Instant.now().toString());
      ps.executeUpdate();
      return generatedKey(ps);
    }
  }

  public static void setRetrieval(
      Connection c, long reportId, String retrieval, String note, String pdfPath)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE report SET retrieval = ?, retrieval_note = ?, pdf_path = coalesce(?, pdf_path) WHERE id = ?")) {
      ps.setString(1, retrieval);
      ps.setString(2, note);
      ps.setString(3, pdfPath);
      ps.setLong(4, reportId);
      ps.executeUpdate();
    }
  }

  /** Marks a report retrieved with its full text: where it is stored, and the name it had. */
  public static void attachPdf(Connection c, long reportId, String pdfPath, String pdfName)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE report SET retrieval = 'retrieved', retrieval_note = NULL, pdf_path = ?,"
                + " pdf_name = ? WHERE id = ?")) {
      ps.setString(1, pdfPath);
      ps.setString(2, pdfName);
      ps.setLong(3, reportId);
      ps.executeUpdate();
    }
  }

  /** The name a report's full text had when it was attached, or null. */
  public static String pdfName(Connection c, long reportId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pdf_name FROM report WHERE id = ?")) {
      ps.setLong(1, reportId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  public static long addStudy(Connection c, String label) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO study(label, created_at) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, label);
      ps.setString(2, Instant.now().toString());
      ps.executeUpdate();
      return generatedKey(ps);
    }
  }

  public static void linkReportToStudy(Connection c, long reportId, long studyId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE report SET study_id = ? WHERE id = ?")) {
      ps.setLong(1, studyId);
      ps.setLong(2, reportId);
      ps.executeUpdate();
    }
  }

  /**
   * Which citations PRISMA counts under databases and registers (any record from such a source);
   * the others were found only by other methods (websites, organisations, citation searching).
   */
  public static Map<Long, Boolean> citationsFromDatabasesOrRegisters(Connection c)
      throws SQLException {
    Map<Long, Boolean> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT r.citation_id, max(CASE WHEN s.type IN ('database','register') THEN 1 ELSE 0 END)"
                    + " FROM record r JOIN import_batch b ON r.batch_id = b.id JOIN source s ON b.source_id = s.id"
                    + " GROUP BY r.citation_id ORDER BY r.citation_id")) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getInt(2) == 1);
      }
    }
    return out;
  }

  /** Whether one citation has a record from a database or register (as the map above says). */
  public static boolean fromDatabaseOrRegister(Connection c, long citationId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM record r JOIN import_batch b ON r.batch_id = b.id"
                + " JOIN source s ON b.source_id = s.id"
                + " WHERE r.citation_id = ? AND s.type IN ('database','register') LIMIT 1")) {
      ps.setLong(1, citationId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * A citation merged into another: {@code partId} (the citation its records were imported into,
   * now holding no record) joined {@code citationId} at {@code joinedAt} (when its records last
   * moved there). Decisions made on the part stay keyed by it; the screening service reconciles
   * them with the surviving citation's.
   */
  public record MergedPart(long citationId, long partId, Instant joinedAt) {}

  /** Every merged part (or those of one citation when {@code citationId} is not null). */
  public static List<MergedPart> mergedParts(Connection c, Long citationId) throws SQLException {
    Map<List<Long>, Instant> joined = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.citation_id, r.origin_citation_id, cc.at FROM record r"
                + " JOIN citation_change cc ON cc.record_id = r.id AND cc.to_citation = r.citation_id"
                + " WHERE r.origin_citation_id <> r.citation_id"
                + (citationId == null ? "" : " AND r.citation_id = ?")
                + " AND NOT EXISTS (SELECT 1 FROM record o WHERE o.citation_id = r.origin_citation_id)"
                + " ORDER BY r.citation_id, r.origin_citation_id")) {
      if (citationId != null) {
        ps.setLong(1, citationId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Instant at = StoredInstant.parse(rs.getString(3));
          joined.merge(List.of(rs.getLong(1), rs.getLong(2)), at, (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    }
    List<MergedPart> out = new ArrayList<>();
    joined.forEach((key, at) -> out.add(new MergedPart(key.get(0), key.get(1), at)));
    return out;
  }

  static long generatedKey(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
