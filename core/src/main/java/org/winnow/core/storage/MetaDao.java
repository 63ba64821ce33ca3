package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Project-wide key/value settings, and the data version the Lucene index follows. */
public final class MetaDao {
  /** Bumped by every change that the citation index must reflect. */
  public static final String DATA_VERSION = "data_version";

  private MetaDao() {}

  public static Optional<String> get(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT value FROM project_meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  public static void put(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project_meta(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }

  public static long dataVersion(Connection c) throws SQLException {
    return get(c, DATA_VERSION).map(Long::parseLong).orElse(0L);
  }

  /**
   * Marks the citation data as changed; returns the new version. The citations that changed are
   * listed with it ({@link IndexChangeDao}), so that other clients' indexes catch up from them.
   */
  public static long bumpDataVersion(Connection c) throws SQLException {
    long next = dataVersion(c) + 1;
    put(c, DATA_VERSION, Long.toString(next));
    IndexChangeDao.record(c, next);
    return next;
  }
}
