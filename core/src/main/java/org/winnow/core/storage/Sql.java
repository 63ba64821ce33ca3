package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/** Binding parameters by their Java type, so that a DAO states only its SQL and its values. */
final class Sql {
  private Sql() {}

  /**
   * Binds values in order by their Java type: Long, Integer, Double, Boolean (as 1 or 0: flags are
   * integer columns on both engines), byte[], String (via toString for others); null as NULL. Each
   * value is sent with its own type, which PostgreSQL needs (it compares no text with a number).
   */
  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (v instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (v instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else if (v instanceof Boolean b) {
        ps.setInt(i + 1, b ? 1 : 0);
      } else if (v instanceof byte[] bytes) {
        ps.setBytes(i + 1, bytes);
      } else {
        ps.setString(i + 1, v.toString());
      }
    }
  }

  /** Runs an INSERT with the values and returns the new row's id. */
  static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, values);
      ps.executeUpdate();
      return ScreeningDao.generatedKey(ps);
    }
  }
}
