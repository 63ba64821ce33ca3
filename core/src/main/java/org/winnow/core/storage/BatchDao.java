package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.model.ImportBatch;

/** Import batches: one file from one source on one search date. */
public final class BatchDao {
  private static final String COLUMNS =
      "id, source_id, file_name, sha256, format, encoding, searched_on, strategy, record_count, imported_at, imported_by";

  private BatchDao() {}

  public static ImportBatch insert(Connection c, ImportBatch b) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_batch(source_id, file_name, sha256, format, encoding, searched_on, strategy,"
                + " record_count, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
            PreparedStatement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, b.sourceId());
      ps.setString(2, b.fileName());
      ps.setString(3, b.sha256());
      ps.setString(4, b.format());
      ps.setString(5, b.encoding());
      ps.setString(6, b.searchedOn() == null ? null : b.searchedOn().toString());
      ps.setString(7, b.strategy());
      ps.setInt(8, b.recordCount());
      ps.setString(9, b.importedAt().toString());
      ps.setString(10, b.importedBy());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        return new ImportBatch(
            id,
            b.sourceId(),
            b.fileName(),
            b.sha256(),
            b.format(),
            b.encoding(),
            b.searchedOn(),
            b.strategy(),
            b.recordCount(),
            b.importedAt(),
            b.importedBy());
      }
    }
  }

  /** Sets the record count once a streamed batch is complete. */
  public static ImportBatch withRecordCount(Connection c, ImportBatch b, int count)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE import_batch SET record_count = ? WHERE id = ?")) {
      ps.setInt(1, count);
      ps.setLong(2, b.id());
      ps.executeUpdate();
    }
    return new ImportBatch(
        b.id(),
        b.sourceId(),
        b.fileName(),
        b.sha256(),
        b.format(),
        b.encoding(),
        b.searchedOn(),
        b.strategy(),
        count,
        b.importedAt(),
        b.importedBy());
  }

  public static List<ImportBatch> bySha256(Connection c, String sha256) throws SQLException {
    return query(
        c, "SELECT " + COLUMNS + " FROM import_batch WHERE sha256 = ? ORDER BY id", sha256);
  }

  public static List<ImportBatch> all(Connection c) throws SQLException {
    return query(c, "SELECT " + COLUMNS + " FROM import_batch ORDER BY id", null);
  }

  private static List<ImportBatch> query(Connection c, String sql, String arg) throws SQLException {
    List<ImportBatch> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (arg != null) {
        ps.setString(1, arg);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String searched = rs.getString(7);
          out.add(
              new ImportBatch(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  searched == null ? null : LocalDate.parse(searched),
                  rs.getString(8),
                  rs.getInt(9),
                  StoredInstant.parse(rs.getString(10)),
                  rs.getString(11)));
        }
      }
    }
    return out;
  }
}
