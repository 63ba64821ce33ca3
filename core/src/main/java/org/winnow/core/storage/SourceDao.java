package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.winnow.core.model.Source;
import org.winnow.core.model.SourceType;

/** Sources: named places records came from. */
public final class SourceDao {
  private SourceDao() {}

  public static Optional<Source> byName(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, name, type FROM source WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  public static Source insert(Connection c, String name, SourceType type) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO source(name, type) VALUES (?, ?)",
            PreparedStatement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setString(2, type.cliName());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new Source(keys.getLong(1), name, type);
      }
    }
  }

  public static List<Source> all(Connection c) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (var s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name, type FROM source ORDER BY id")) {
      while (rs.next()) {
        out.add(map(rs));
      }
    }
    return out;
  }

  private static Source map(ResultSet rs) throws SQLException {
    return new Source(rs.getLong(1), rs.getString(2), SourceType.parse(rs.getString(3)));
  }

  /** For each source: [source id, records, batches]. */
  public static java.util.Map<Long, long[]> counts(Connection c) throws SQLException {
    java.util.Map<Long, long[]> out = new java.util.LinkedHashMap<>();
    try (var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT s.id, (SELECT count(*) FROM record r JOIN import_batch b ON r.batch_id = b.id"
                    + " WHERE b.source_id = s.id), (SELECT count(*) FROM import_batch b WHERE b.source_id = s.id)"
                    + " FROM source s ORDER BY s.id")) {
      while (rs.next()) {
        out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    return out;
  }
}
