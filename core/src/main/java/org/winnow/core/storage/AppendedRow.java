package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.winnow.core.model.WriteKey;

/**
 * Appends one row that a client writes once (a decision, a resolution, an extraction, an appraisal,
 * an audit entry), on both engines with one statement: the id comes from the table's row id or
 * identity, the time from {@link Dialect#now()} (the server's clock on PostgreSQL), and the row
 * carries the write's key. A row with that key already there (a retry of a write whose commit
 * succeeded but whose answer was lost) is left as it is, and its id returned.
 */
final class AppendedRow {
  private AppendedRow() {}

  /**
   * Inserts the row unless one with this key exists; returns the id of the row with the key.
   *
   * @param table the table
   * @param timeColumn the column stamped with the time of the write
   * @param columns the other columns, in the order of {@code values}
   */
  static long insert(
      Connection c,
      String table,
      String timeColumn,
      WriteKey key,
      List<String> columns,
      Object... values)
      throws SQLException {
    Dialect dialect = Dialect.of(c);
    String sql =
        "INSERT INTO "
            + table
            + "("
            + String.join(", ", columns)
            + ", "
            + timeColumn
            + ", write_key) VALUES ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ", "
            + dialect.now()
            + ", ?) ON CONFLICT (write_key) DO NOTHING";
    List<Object> bound = new ArrayList<>(java.util.Arrays.asList(values));
    dialect.clientNow().ifPresent(bound::add);
    bound.add(key.value());
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      Sql.bind(ps, bound.toArray());
      if (ps.executeUpdate() == 1) {
        return ScreeningDao.generatedKey(ps);
      }
    }
    return existing(c, table, key);
  }

  private static long existing(Connection c, String table, WriteKey key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM " + table + " WHERE write_key = ?")) {
      ps.setString(1, key.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no " + table + " row with write key " + key + " after insert");
        }
        return rs.getLong(1);
      }
    }
  }
}
