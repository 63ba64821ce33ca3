package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.ExclusionReason;

/**
 * The list of exclusion reasons, on both engines: a known label is made active again and keeps its
 * id, and a new label's id follows the last one with no gap (PostgreSQL once skipped an id after
 * re-adding a known label, so the same project's ids differed between a folder and a server).
 */
class ExclusionReasonsTest {
  @TempDir Path tmp;

  @Test
  void reAddingAKnownReasonKeepsItsIdAndTakesNoneFromTheNext() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("review"), "Reasons", "lead")) {
      ScreeningService s = p.screening();
      long last = s.reasons().stream().mapToLong(ExclusionReason::id).max().orElseThrow();
      ExclusionReason first = s.reasons().get(0);
      ExclusionReason again = s.addReason(first.label().toUpperCase(), "lead");
      assertEquals(first.id(), again.id(), "a known label, in any case, is the same reason");
      ExclusionReason fresh = s.addReason("Animal study", "lead");
      assertEquals(last + 1, fresh.id(), "the next id after re-adding a known label");

      s.retireReason("Animal study", "lead");
      assertFalse(s.reasons().stream().anyMatch(r -> r.label().equals("Animal study")));
      ExclusionReason back = s.addReason("Animal study", "lead");
      assertEquals(fresh.id(), back.id(), "a retired reason comes back with its id");
      assertTrue(s.reasons().stream().anyMatch(r -> r.id() == back.id()));
    }
  }
}
