package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.winnow.core.dedup.FieldEvidence;
import org.winnow.core.dedup.PairScore;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.dedup.StoredLink;
import org.winnow.core.dedup.StoredPair;

/** The review queue of possible duplicates, reviewers' pair decisions, and citation merges. */
public final class DedupDao {
  /** Records with an id above this have been compared by a deduplication run. */
  public static final String CHECKED_THROUGH = "dedup_checked_through";

  private DedupDao() {}

  /** Reviewers' verdicts by {@link PairVerdict#pairKey}. */
  public static Map<Long, PairVerdict> decisions(Connection c) throws SQLException {
    Map<Long, PairVerdict> out = new HashMap<>();
    try (var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT record_a, record_b, status FROM dedup_pair WHERE status IN ('same','different')")) {
      while (rs.next()) {
        out.put(
            PairVerdict.pairKey(rs.getLong(1), rs.getLong(2)), PairVerdict.parse(rs.getString(3)));
      }
    }
    return out;
  }

  /** Replaces the open queue with these pairs; decided pairs are never touched. */
  public static void replaceQueue(Connection c, List<PairScore> queue) throws SQLException {
    try (var s = c.createStatement()) {
      s.executeUpdate("UPDATE dedup_pair SET status = 'superseded' WHERE status = 'open'");
    }
    String now = Instant.now().toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dedup_pair(record_a, record_b, score, reason, evidence, status, created_at)"
                + " VALUES (?,?,?,?,?,'open',?) ON CONFLICT(record_a, record_b) DO UPDATE SET"
                + " score = excluded.score, reason = excluded.reason, evidence = excluded.evidence,"
                + " status = 'open', created_at = excluded.created_at WHERE dedup_pair.status = 'superseded'")) {
      for (PairScore p : queue) {
        long a = Math.min(p.a().recordId(), p.b().recordId());
        long b = Math.max(p.a().recordId(), p.b().recordId());
        ps.setLong(1, a);
        ps.setLong(2, b);
        ps.setDouble(3, p.score());
        ps.setString(4, p.reason());
        List<FieldEvidence> ev = p.evidence();
        if (p.a().recordId() > p.b().recordId()) {
          ev =
              ev.stream()
                  .map(
                      e ->
                          new FieldEvidence(e.field(), e.agreement(), e.similarity(), e.b(), e.a()))
                  .toList();
        }
        ps.setString(5, Json.write(ev));
        ps.setString(6, now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Keeps the links a run found between notices and their articles; known links stay as they are.
   */
  public static void addLinks(Connection c, List<PairScore> links) throws SQLException {
    String now = Instant.now().toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO citation_link(notice_record, article_record, kind, reason, created_at)"
                + " VALUES (?,?,?,?,?) ON CONFLICT(notice_record, article_record) DO NOTHING")) {
      for (PairScore p : links) {
        ps.setLong(1, p.notice().recordId());
        ps.setLong(2, p.article().recordId());
        ps.setString(3, p.notice().kind().name().toLowerCase(java.util.Locale.ROOT));
        ps.setString(4, p.reason());
        ps.setString(5, now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Every link between a notice and its article, in the order they were found. */
  public static List<StoredLink> links(Connection c) throws SQLException {
    List<StoredLink> out = new ArrayList<>();
    try (var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, notice_record, article_record, kind, reason, created_at"
                    + " FROM citation_link ORDER BY id")) {
      while (rs.next()) {
        out.add(
            new StoredLink(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)));
      }
    }
    return out;
  }

  public static List<StoredPair> pairs(Connection c, String status) throws SQLException {
    List<StoredPair> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(PAIR_COLUMNS + " WHERE status = ? ORDER BY score DESC, id")) {
      ps.setString(1, status);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(pair(rs));
        }
      }
    }
    return out;
  }

  private static final String PAIR_COLUMNS =
      "SELECT id, record_a, record_b, score, reason, evidence, status, decided_by, decided_at"
          + " FROM dedup_pair";

  private static StoredPair pair(ResultSet rs) throws SQLException {
    return new StoredPair(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getDouble(4),
        rs.getString(5),
        Json.evidence(rs.getString(6)),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }

  /** Records a reviewer's verdict on a pair (inserting the pair if it was never queued). */
  public static void decide(
      Connection c, long recordA, long recordB, PairVerdict verdict, String actor, String reason)
      throws SQLException {
    long a = Math.min(recordA, recordB);
    long b = Math.max(recordA, recordB);
    String now = Instant.now().toString();
    String status = verdict == PairVerdict.SAME ? "same" : "different";
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dedup_pair(record_a, record_b, score, reason, evidence, status, created_at, decided_by, decided_at)"
                + " VALUES (?,?,0,?,'[]',?,?,?,?) ON CONFLICT(record_a, record_b) DO UPDATE SET"
                + " status = excluded.status, decided_by = excluded.decided_by, decided_at = excluded.decided_at")) {
      ps.setLong(1, a);
      ps.setLong(2, b);
      ps.setString(3, reason);
      ps.setString(4, status);
      ps.setString(5, now);
      ps.setString(6, actor);
      ps.setString(7, now);
      ps.executeUpdate();
    }
  }

  /**
   * The stored pair of two records (in either order), if a run queued it or a reviewer decided it.
   */
  public static Optional<StoredPair> pair(Connection c, long recordA, long recordB)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(PAIR_COLUMNS + " WHERE record_a = ? AND record_b = ?")) {
      ps.setLong(1, Math.min(recordA, recordB));
      ps.setLong(2, Math.max(recordA, recordB));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(pair(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Puts a pair back as it was before a decision: its earlier status and decider, or no row at all
   * when the decision created it.
   */
  public static void restorePair(Connection c, long recordA, long recordB, StoredPair before)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            before == null
                ? "DELETE FROM dedup_pair WHERE record_a = ? AND record_b = ?"
                : "UPDATE dedup_pair SET status = ?, decided_by = ?, decided_at = ?"
                    + " WHERE record_a = ? AND record_b = ?")) {
      int i = 1;
      if (before != null) {
        ps.setString(i++, before.status());
        ps.setString(i++, before.decidedBy());
        ps.setString(i++, before.decidedAt());
      }
      ps.setLong(i++, Math.min(recordA, recordB));
      ps.setLong(i, Math.max(recordA, recordB));
      ps.executeUpdate();
    }
  }

  /**
   * Moves every record of each merged citation into its target (target → citations merged into it),
   * logging each move, as {@link #mergeCitation} does one by one but with three prepared statements
   * for the whole run and the writes sent in batches; returns how many records moved.
   */
  public static int mergeCitations(
      Connection c, Map<Long, List<Long>> merges, String actor, String reason) throws SQLException {
    int moved = 0;
    int pending = 0;
    try (PreparedStatement members =
            c.prepareStatement("SELECT id FROM record WHERE citation_id = ? ORDER BY id");
        PreparedStatement update =
            c.prepareStatement("UPDATE record SET citation_id = ? WHERE id = ?");
        PreparedStatement log = c.prepareStatement(MOVE_LOG)) {
      for (Map.Entry<Long, List<Long>> m : merges.entrySet()) {
        long to = m.getKey();
        for (long from : m.getValue()) {
          members.setLong(1, from);
          List<Long> ids = new ArrayList<>();
          try (ResultSet rs = members.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong(1));
            }
          }
          for (long recordId : ids) {
            update.setLong(1, to);
            update.setLong(2, recordId);
            update.addBatch();
            bindMoveLog(log, recordId, from, to, "merge", actor, reason);
            log.addBatch();
            moved++;
            if (++pending == MOVE_BATCH) {
              update.executeBatch();
              log.executeBatch();
              pending = 0;
            }
          }
        }
      }
      if (pending > 0) {
        update.executeBatch();
        log.executeBatch();
      }
    }
    return moved;
  }

  private static final int MOVE_BATCH = 1000;

  private static final String MOVE_LOG =
      "INSERT INTO citation_change(at, actor, kind, record_id, from_citation, to_citation, reason)"
          + " VALUES (?,?,?,?,?,?,?)";

  private static void bindMoveLog(
      PreparedStatement ps,
      long recordId,
      long from,
      long to,
      String kind,
      String actor,
      String reason)
      throws SQLException {
    ps.setString(1, Instant.now().toString());
    ps.setString(2, actor);
    ps.setString(3, kind);
    ps.setLong(4, recordId);
    ps.setLong(5, from);
    ps.setLong(6, to);
    ps.setString(7, reason);
  }

  /** Moves every record of citation {@code from} into citation {@code to}, logging each move. */
  public static int mergeCitation(Connection c, long from, long to, String actor, String reason)
      throws SQLException {
    List<Long> moved = recordIdsOf(c, from);
    for (long recordId : moved) {
      move(c, recordId, from, to, "merge", actor, reason);
    }
    return moved.size();
  }

  /** Moves one record to another citation, logging it. */
  public static void move(
      Connection c, long recordId, long from, long to, String kind, String actor, String reason)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE record SET citation_id = ? WHERE id = ?")) {
      ps.setLong(1, to);
      ps.setLong(2, recordId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(MOVE_LOG)) {
      bindMoveLog(ps, recordId, from, to, kind, actor, reason);
      ps.executeUpdate();
    }
  }

  public static List<Long> recordIdsOf(Connection c, long citationId) throws SQLException {
    return ids(c, "SELECT id FROM record WHERE citation_id = ? ORDER BY id", citationId);
  }

  /** The ids a one-parameter query returns, in order. */
  private static List<Long> ids(Connection c, String sql, Object parameter) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** record id → the citation it was imported into. */
  public static long originCitation(Connection c, long recordId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT origin_citation_id FROM record WHERE id = ?")) {
      ps.setLong(1, recordId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no record " + recordId);
        }
        return rs.getLong(1);
      }
    }
  }

  /** A new empty citation (for a record split off a cluster whose origin is still in use). */
  public static long newCitation(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO citation(created_at) VALUES (?)",
            PreparedStatement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, Instant.now().toString());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Records whose file ID (or "#" + project id) is the given one. */
  public static List<Long> recordsWithId(Connection c, String id) throws SQLException {
    if (id.startsWith("#") && id.substring(1).matches("\\d+")) {
      return ids(c, "SELECT id FROM record WHERE id = ?", Long.parseLong(id.substring(1)));
    }
    return ids(c, "SELECT id FROM record WHERE file_record_id = ? ORDER BY id", id);
  }
}
