package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/** Binding parameters by their Java type, so that a DAO states only its SQL and its values. */
final class Sql {
  private Sql() {}

  /** Binds values in order: Long, Integer, String (via toString for others); null as NULL. */
  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (v instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
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
