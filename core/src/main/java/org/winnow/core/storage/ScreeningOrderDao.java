package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.winnow.core.model.Stage;

/** The order items were served in at each stage, and the team's stops (appended rows). */
public final class ScreeningOrderDao {
  private ScreeningOrderDao() {}

  /** A stop (or its undo) as stored. */
  public record StopRow(
      long id,
      Stage stage,
      boolean undo,
      String by,
      String reason,
      String explanation,
      Instant at) {}

  public static void addServed(
      Connection c,
      Stage stage,
      long reviewerId,
      long itemId,
      String order,
      long seed,
      int trainedOn)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO served_item(stage, reviewer_id, item_id, screening_order, seed,"
                + " trained_on, served_at) VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, stage.cliName());
      ps.setLong(2, reviewerId);
      ps.setLong(3, itemId);
      ps.setString(4, order);
      ps.setLong(5, seed);
      ps.setInt(6, trainedOn);
      ps.setString(7, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /** Item → every order it was served in at this stage. */
  public static Map<Long, Set<String>> servedOrders(Connection c, Stage stage) throws SQLException {
    Map<Long, Set<String>> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT item_id, screening_order FROM served_item WHERE stage = ? ORDER BY id")) {
      ps.setString(1, stage.cliName());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        }
      }
    }
    return out;
  }

  public static long addStop(
      Connection c, Stage stage, boolean undo, String by, String reason, String explanation)
      throws SQLException {
    return Sql.insert(
        c,
        "INSERT INTO screening_stop(stage, action, by_name, reason, explanation, at)"
            + " VALUES (?,?,?,?,?,?)",
        stage.cliName(),
        undo ? "undo" : "stop",
        by,
        reason,
        explanation,
        Instant.now().toString());
  }

  /** The latest stop row of a stage (a stop, or the undo of one), if any. */
  public static Optional<StopRow> latestStop(Connection c, Stage stage) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, action, by_name, reason, explanation, at FROM screening_stop"
                + " WHERE stage = ? ORDER BY id DESC")) {
      ps.setString(1, stage.cliName());
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StopRow(
                rs.getLong(1),
                stage,
                rs.getString(2).equals("undo"),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                StoredInstant.parse(rs.getString(6))));
      }
    }
  }
}
