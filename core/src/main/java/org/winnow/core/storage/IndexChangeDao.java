package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change sequence of the citation index: with every data version (see {@link
 * MetaDao#bumpDataVersion}) the citations it created, changed or emptied, as ranges of citation
 * ids, so that a client's cached index at an older version applies only those citations. Found
 * without the services' help: the citations created since the last version (ids above the last one
 * listed; an import makes one range) and both ends of every record move logged in {@code
 * citation_change} since then (merges, splits, undos).
 */
public final class IndexChangeDao {
  static final String SINCE = "index_changes_since";
  static final String MOVES_THROUGH = "index_changes.moves_through";
  static final String CITATIONS_THROUGH = "index_changes.citations_through";

  private IndexChangeDao() {}

  /** Citations {@code from} to {@code to}, both included. */
  public record Range(long from, long to) {}

  /** Lists what changed since the last version under {@code version}, in the same transaction. */
  static void record(Connection c, long version) throws SQLException {
    long movesThrough = number(c, MOVES_THROUGH);
    long citationsThrough = number(c, CITATIONS_THROUGH);
    long lastMove = max(c, "citation_change");
    long lastCitation = max(c, "citation");
    if (lastMove > movesThrough) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO index_change(version, from_citation, to_citation)"
                  + " SELECT ?, x, x FROM (SELECT from_citation AS x FROM citation_change"
                  + " WHERE id > ? UNION SELECT to_citation FROM citation_change WHERE id > ?) moved")) {
        Sql.bind(ps, version, movesThrough, movesThrough);
        ps.executeUpdate();
      }
      MetaDao.put(c, MOVES_THROUGH, Long.toString(lastMove));
    }
    if (lastCitation > citationsThrough) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO index_change(version, from_citation, to_citation) VALUES (?, ?, ?)")) {
        Sql.bind(ps, version, citationsThrough + 1, lastCitation);
        ps.executeUpdate();
      }
      MetaDao.put(c, CITATIONS_THROUGH, Long.toString(lastCitation));
    }
  }

  /**
   * The citations changed after data version {@code version}, as ranges in citation order that
   * neither overlap nor touch; empty when they are not all listed (an index older than the change
   * sequence, which must be rebuilt whole).
   */
  public static Optional<List<Range>> since(Connection c, long version) throws SQLException {
    if (version < number(c, SINCE)) {
      return Optional.empty();
    }
    List<Range> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT from_citation, to_citation FROM index_change WHERE version > ?"
                + " ORDER BY from_citation, to_citation")) {
      Sql.bind(ps, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Range next = new Range(rs.getLong(1), rs.getLong(2));
          Range last = out.isEmpty() ? null : out.get(out.size() - 1);
          if (last != null && next.from() <= last.to() + 1) {
            // overlapping or adjacent: one range, so that no citation is read twice
            out.set(out.size() - 1, new Range(last.from(), Math.max(last.to(), next.to())));
          } else {
            out.add(next);
          }
        }
      }
    }
    return Optional.of(out);
  }

  private static long number(Connection c, String key) throws SQLException {
    return MetaDao.get(c, key).map(Long::parseLong).orElse(0L);
  }

  private static long max(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
