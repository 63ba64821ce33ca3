package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Full-text PDFs kept in the database (server projects), by their path in the project. */
public final class FullTextDao {
  private FullTextDao() {}

  /** Stores (or replaces) the file at this path. */
  public static void put(Connection c, String path, byte[] content) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO fulltext_file(path, content, stored_at) VALUES (?, ?, ?)"
                + " ON CONFLICT(path) DO UPDATE SET content = excluded.content,"
                + " stored_at = excluded.stored_at")) {
      Sql.bind(ps, path, content, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /** Gives the stored file a new path (an earlier version kept beside its replacement). */
  public static void rename(Connection c, String from, String to) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE fulltext_file SET path = ? WHERE path = ?")) {
      Sql.bind(ps, to, from);
      ps.executeUpdate();
    }
  }

  public static Optional<byte[]> get(Connection c, String path) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT content FROM fulltext_file WHERE path = ?")) {
      Sql.bind(ps, path);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    }
  }

  /** The paths of every stored file, in order. */
  public static java.util.List<String> paths(Connection c) throws SQLException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT path FROM fulltext_file ORDER BY path");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
