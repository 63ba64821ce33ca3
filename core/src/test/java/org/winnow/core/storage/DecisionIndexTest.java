package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Each reviewer's latest decision on an item" is read for every item of a stage (outcomes,
 * progress, the dashboard) and for the one item on screen: it must be an index lookup, not a scan
 * of the reviewer's decisions (which made a 100,000-citation dashboard quadratic).
 */
class DecisionIndexTest {
  @TempDir Path tmp;

  @Test
  void theLatestDecisionOfAReviewerOnAnItemIsAnIndexLookup() {
    try (Database db = Database.open(tmp.resolve("winnow.db"))) {
      String plan =
          db.read(
              c -> {
                StringBuilder s = new StringBuilder();
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "EXPLAIN QUERY PLAN SELECT max(id) FROM decision e"
                            + " WHERE e.stage = ? AND e.item_id = ? AND e.reviewer_id = ?")) {
                  ps.setString(1, "title-abstract");
                  ps.setLong(2, 1);
                  ps.setLong(3, 1);
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      s.append(rs.getString(4)).append('\n');
                    }
                  }
                }
                return s.toString();
              });
      assertTrue(plan.contains("decision_latest (stage=? AND item_id=? AND reviewer_id=?)"), plan);
    }
  }
}
