package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.dedup.AbstractFingerprint;

/**
 * What duplicate detection computes from one record alone, stored with the record once (table
 * {@code dedup_feature}) so that a run reads it instead of reading the abstract and computing it
 * again: the abstract's fingerprint, in format {@link AbstractFingerprint#STORED_FORMAT}.
 */
public final class DedupFeatureDao {
  private static final String UPSERT =
      "INSERT INTO dedup_feature(record_id, print_format, abstract_print) VALUES (?, ?, ?)"
          + " ON CONFLICT (record_id) DO UPDATE SET print_format = excluded.print_format,"
          + " abstract_print = excluded.abstract_print";

  private static final int BATCH = 1000;

  private DedupFeatureDao() {}

  /** The statement that stores one record's features (see {@link #add}). */
  static PreparedStatement prepare(Connection c) throws SQLException {
    return c.prepareStatement(UPSERT);
  }

  /**
   * Adds a record's features to the statement's batch; returns false (nothing added) when there is
   * nothing to store, a record without an abstract.
   */
  static boolean add(PreparedStatement ps, long recordId, String abstractText) throws SQLException {
    byte[] print = AbstractFingerprint.stored(abstractText);
    if (print == null) {
      return false;
    }
    ps.setLong(1, recordId);
    ps.setInt(2, AbstractFingerprint.STORED_FORMAT);
    ps.setBytes(3, print);
    ps.addBatch();
    return true;
  }

  /**
   * Stores the features of every record with an abstract that has none in the current format
   * (records stored before the features were, or in an earlier format), a thousand records at a
   * time; returns how many were stored. Nothing is read when every record has its features.
   */
  public static int fillMissing(Connection c) throws SQLException {
    int filled = 0;
    long after = 0;
    try (PreparedStatement missing =
            c.prepareStatement(
                "SELECT r.id, r.abstract FROM record r WHERE r.id > ? AND r.abstract IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM dedup_feature f WHERE f.record_id = r.id"
                    + " AND f.print_format = ?) ORDER BY r.id LIMIT "
                    + BATCH);
        PreparedStatement store = prepare(c)) {
      while (true) {
        missing.setLong(1, after);
        missing.setInt(2, AbstractFingerprint.STORED_FORMAT);
        List<Long> ids = new ArrayList<>(BATCH);
        List<String> abstracts = new ArrayList<>(BATCH);
        try (ResultSet rs = missing.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
            abstracts.add(rs.getString(2));
          }
        }
        if (ids.isEmpty()) {
          return filled;
        }
        for (int i = 0; i < ids.size(); i++) {
          if (add(store, ids.get(i), abstracts.get(i))) {
            filled++;
          }
        }
        store.executeBatch();
        after = ids.get(ids.size() - 1);
      }
    }
  }
}
