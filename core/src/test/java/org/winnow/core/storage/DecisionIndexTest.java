package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Each reviewer's latest decision on an item" is read for every item of a stage (outcomes,
 * progress, the dashboard) and for the one item on screen: the decisions are read in the order of
 * the index {@code decision_latest(stage, item_id, reviewer_id, id)}, a search of the index with no
 * sort, never a scan of the table (which made a 100,000-citation dashboard quadratic).
 */
class DecisionIndexTest {
  @TempDir Path tmp;

  @Test
  void everyItemsDecisionsAreReadInIndexOrder() {
    String plan = plan(" ORDER BY item_id, reviewer_id, id", false);
    assertTrue(plan.contains("USING INDEX decision_latest (stage=?)"), plan);
    assertFalse(plan.contains("TEMP B-TREE"), plan);
  }

  @Test
  void oneItemsDecisionsAreAnIndexLookup() {
    String plan = plan(" AND item_id = ? ORDER BY item_id, reviewer_id, id", true);
    assertTrue(plan.contains("USING INDEX decision_latest (stage=? AND item_id=?)"), plan);
    assertFalse(plan.contains("TEMP B-TREE"), plan);
  }

  private String plan(String rest, boolean item) {
    try (Database db = Database.open(tmp.resolve("winnow.db"))) {
      return db.read(
          c -> {
            StringBuilder s = new StringBuilder();
            try (PreparedStatement ps =
                c.prepareStatement(
                    "EXPLAIN QUERY PLAN SELECT id, item_id, reviewer_id, value, reason_id, note,"
                        + " labels, decided_at FROM decision WHERE stage = ?"
                        + rest)) {
              ps.setString(1, "title-abstract");
              if (item) {
                ps.setLong(2, 1);
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  s.append(rs.getString(4)).append('\n');
                }
              }
            }
            return s.toString();
          });
    }
  }
}
