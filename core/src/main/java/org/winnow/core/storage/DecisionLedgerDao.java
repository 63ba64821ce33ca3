package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.LedgerEntry;
import org.winnow.core.model.Stage;

/**
 * Every decision row of a stage and the items that hold a resolution, read plainly (no latest-per-
 * reviewer folding, no outcome rules): the raw material of checks that recompute what the screening
 * services derive.
 */
public final class DecisionLedgerDao {
  private DecisionLedgerDao() {}

  /** Every decision row of the stage, changed minds included, in id order. */
  public static List<LedgerEntry> entries(Connection c, Stage stage) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT d.id, d.item_id, r.name, d.value, d.write_key, d.origin"
                + " FROM decision d JOIN reviewer r ON r.id = d.reviewer_id"
                + " WHERE d.stage = ? ORDER BY d.id")) {
      ps.setString(1, stage.cliName());
      List<LedgerEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new LedgerEntry(
                  rs.getLong(1),
                  stage,
                  rs.getLong(2),
                  rs.getString(3),
                  DecisionValue.parse(rs.getString(4)),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
      return out;
    }
  }

  /** The items of the stage that hold at least one resolution. */
  public static Set<Long> resolvedItems(Connection c, Stage stage) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT DISTINCT item_id FROM resolution WHERE stage = ?")) {
      ps.setString(1, stage.cliName());
      Set<Long> out = new LinkedHashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  /** The highest decision id stored so far (0 when there is none). */
  public static long lastId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM decision");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
