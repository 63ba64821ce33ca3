package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Copies every row of one project database into another of the same schema version, on either
 * engine, with the ids as they are (so decisions, audit entries and links keep pointing where they
 * did). The tables come from the target's own catalogue, parents before children, so tables that
 * later migrations add are copied too. The target's rows (the migrations' starting list of
 * exclusion reasons) are replaced. Runs inside the caller's transaction on the target.
 */
public final class ProjectCopy {
  private static final int BATCH = 1000;

  private ProjectCopy() {}

  /**
   * Copies the tables; returns rows copied per table, in copy order.
   *
   * @param skip tables not to copy (e.g. the full-text files, which the caller moves itself)
   */
  public static Map<String, Long> copy(Connection from, Connection to, Set<String> skip)
      throws SQLException {
    int fromVersion = Dialect.of(from).schemaVersion(from);
    int toVersion = Dialect.of(to).schemaVersion(to);
    if (fromVersion != toVersion) {
      throw new StorageException(
          "schema versions differ (" + fromVersion + " and " + toVersion + "): cannot copy");
    }
    List<String> tables = new ArrayList<>(parentsFirst(to));
    tables.removeIf(t -> skip.contains(t) || t.equals("schema_version"));
    try (Statement s = to.createStatement()) {
      for (int i = tables.size() - 1; i >= 0; i--) {
        s.executeUpdate("DELETE FROM " + tables.get(i));
      }
    }
    Map<String, Long> copied = new LinkedHashMap<>();
    for (String table : tables) {
      copied.put(table, copyTable(from, to, table));
    }
    Dialect dialect = Dialect.of(to);
    for (String table : tables) {
      if (columns(to, table).contains("id") && hasIdentity(to, table)) {
        dialect.syncIdentity(to, table);
      }
    }
    return copied;
  }

  private static long copyTable(Connection from, Connection to, String table) throws SQLException {
    List<String> columns = columns(to, table);
    String list = String.join(", ", columns);
    String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
    long n = 0;
    try (Statement read = from.createStatement();
        ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table);
        PreparedStatement write =
            to.prepareStatement(
                "INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
      Object[] values = new Object[columns.size()];
      while (rs.next()) {
        for (int i = 0; i < values.length; i++) {
          Object v = rs.getObject(i + 1);
          values[i] = v instanceof Boolean b ? (b ? 1 : 0) : v;
        }
        Sql.bind(write, values);
        write.addBatch();
        if (++n % BATCH == 0) {
          write.executeBatch();
        }
      }
      write.executeBatch();
    }
    return n;
  }

  /** The database's tables, each after the tables its foreign keys name (then by name). */
  static List<String> parentsFirst(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    Map<String, Set<String>> parents = new TreeMap<>();
    String schema = Dialect.of(c) == Dialect.POSTGRESQL ? c.getSchema() : null;
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("sqlite_")) {
          parents.put(name, new TreeSet<>());
        }
      }
    }
    for (String table : parents.keySet()) {
      try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(table) && parents.containsKey(parent)) {
            parents.get(table).add(parent);
          }
        }
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    while (ordered.size() < parents.size()) {
      boolean progress = false;
      for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
        if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
          ordered.add(e.getKey());
          progress = true;
        }
      }
      if (!progress) {
        throw new StorageException("foreign keys form a cycle: cannot order the tables");
      }
    }
    return new ArrayList<>(ordered);
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean hasIdentity(Connection c, String table) throws SQLException {
    if (Dialect.of(c) == Dialect.SQLITE) {
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
