package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Resolution;
import org.winnow.core.model.Reviewer;
import org.winnow.core.model.Stage;
import org.winnow.core.model.WriteKey;
import org.winnow.core.project.TestProjects;

/**
 * An appended write sent again with its key (a retry after a lost connection) stores nothing the
 * second time and answers the first row's id; on both engines (the storage tests run on each).
 */
class WriteKeyTest {
  @TempDir Path tmp;

  @Test
  void aRepeatedKeyIsANoOpAndAnswersTheStoredRow() {
    try (Database db = TestProjects.database(tmp)) {
      Reviewer ana = db.inTransaction(c -> ScreeningDao.addReviewer(c, "Ana", "AA"));
      WriteKey key = WriteKey.random();
      long first = decide(db, key, ana, 7, DecisionValue.INCLUDE);
      long again = decide(db, key, ana, 7, DecisionValue.EXCLUDE);
      assertEquals(first, again, "the retry answers the row the first try stored");
      assertEquals(1, db.<Integer>read(c -> ScreeningDao.decisionCount(c, Stage.TITLE_ABSTRACT)));
      assertEquals(
          DecisionValue.INCLUDE,
          db.read(c -> ScreeningDao.latestDecisions(c, Stage.TITLE_ABSTRACT))
              .get(7L)
              .get(0)
              .value(),
          "the stored row is the first one, not overwritten");

      long other = decide(db, WriteKey.random(), ana, 7, DecisionValue.EXCLUDE);
      assertNotEquals(first, other, "another key is another decision (a changed mind)");
      assertEquals(2, db.<Integer>read(c -> ScreeningDao.decisionCount(c, Stage.TITLE_ABSTRACT)));

      WriteKey resolved = WriteKey.random();
      for (int i = 0; i < 2; i++) {
        db.inTransaction(
            c -> {
              ScreeningDao.addResolution(
                  c,
                  resolved,
                  Stage.TITLE_ABSTRACT,
                  7,
                  DecisionValue.INCLUDE,
                  null,
                  null,
                  ana,
                  Resolution.Method.CONSENSUS);
              AuditDao.log(
                  c, resolved.derived("audit"), "Ana", "resolve", "title-abstract", 7L, "");
              return null;
            });
      }
      assertEquals(1, db.read(c -> ScreeningDao.resolutions(c, Stage.TITLE_ABSTRACT)).size());
      assertEquals(1L, db.<Long>read(c -> count(c, "resolution")));
      assertEquals(
          1L, db.<Long>read(AuditDao::count), "the audit entry of the retried write, once");
    }
  }

  @Test
  void appendedRowsAreStampedWithTheDatabaseClockAsIsoInstants() {
    try (Database db = TestProjects.database(tmp)) {
      Reviewer ana = db.inTransaction(c -> ScreeningDao.addReviewer(c, "Ana", "AA"));
      Instant before = Instant.now().minusSeconds(5);
      decide(db, WriteKey.random(), ana, 1, DecisionValue.MAYBE);
      Instant at =
          db.read(c -> ScreeningDao.latestDecisions(c, Stage.TITLE_ABSTRACT))
              .get(1L)
              .get(0)
              .decidedAt();
      // the test server runs on this machine, so its clock and ours agree within seconds
      assertTrue(!at.isBefore(before) && !at.isAfter(Instant.now().plusSeconds(5)), at::toString);
    }
  }

  @Test
  void derivedKeysAreStableAndDistinct() {
    WriteKey key = new WriteKey("3f1c6f3e-8a0e-4c55-9a11-0d7f8c1e2b44");
    assertEquals(key.derived("audit"), key.derived("audit"));
    assertNotEquals(key.derived("audit"), key.derived("row 0"));
    assertNotEquals(key, key.derived("audit"));
  }

  /** A title-abstract decision on an item, written with this key in its own transaction. */
  private static long decide(
      Database db, WriteKey key, Reviewer reviewer, long item, DecisionValue value) {
    return db.inTransaction(
        c ->
            ScreeningDao.addDecision(
                c, key, Stage.TITLE_ABSTRACT, item, reviewer, value, null, null, List.of(), "cli"));
  }

  private static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
