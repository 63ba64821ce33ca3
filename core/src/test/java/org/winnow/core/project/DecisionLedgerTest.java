package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.LedgerEntry;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;

/**
 * The decision ledger, on both engines: every row as stored (a changed mind is a second row), with
 * its reviewer, value, origin and a distinct write key, in id order; the resolved items; and the
 * last id, above which later rows are found.
 */
class DecisionLedgerTest {
  @TempDir Path tmp;

  @Test
  void listsEveryStoredRowWithItsKeyAndTheResolvedItems() throws Exception {
    try (ReviewProject p = TestProjects.create(tmp.resolve("review"), "Ledger", "lead")) {
      TestImports.ris(
          p,
          tmp.resolve("m.ris"),
          "MEDLINE",
          SourceType.DATABASE,
          "lead",
          TestImports.trials(1, 2));
      ScreeningService s = p.screening();
      s.addReviewer("Ana", null, "lead");
      s.addReviewer("Ben", null, "lead");
      s.addReviewer("Cai", null, "lead");
      DecisionLedger ledger = p.decisionLedger();
      assertEquals(0, ledger.lastId());
      long one = TestImports.citationOf(p, "m1");
      long two = TestImports.citationOf(p, "m2");
      Stage ta = Stage.TITLE_ABSTRACT;
      Decision first = s.decide(ta, one, "Ana", DecisionValue.INCLUDE, null, null, List.of(), "a");
      s.decide(ta, one, "Ben", DecisionValue.EXCLUDE, null, null, List.of(), "b");
      Decision changed =
          s.decide(ta, one, "Ana", DecisionValue.EXCLUDE, null, null, List.of(), "window");
      s.decide(ta, two, "Ana", DecisionValue.INCLUDE, null, null, List.of(), "a");
      s.decide(ta, two, "Ben", DecisionValue.EXCLUDE, null, null, List.of(), "b");
      s.resolve(ta, "m2", DecisionValue.INCLUDE, null, null, "Cai");

      List<LedgerEntry> rows = ledger.entries(ta);
      assertEquals(5, rows.size(), "a changed mind is a row of its own");
      assertEquals(first.id(), rows.get(0).id());
      assertEquals(
          new LedgerEntry(
              changed.id(),
              ta,
              one,
              "Ana",
              DecisionValue.EXCLUDE,
              rows.get(2).writeKey(),
              "window"),
          rows.get(2));
      rows.forEach(r -> assertNotNull(r.writeKey()));
      assertEquals(5, rows.stream().map(LedgerEntry::writeKey).collect(Collectors.toSet()).size());
      for (int i = 1; i < rows.size(); i++) {
        assertTrue(rows.get(i - 1).id() < rows.get(i).id(), "in id order");
      }
      assertEquals(rows.get(4).id(), ledger.lastId());
      assertEquals(Set.of(two), ledger.resolvedItems(ta));
      assertEquals(List.of(), ledger.entries(Stage.FULL_TEXT));
    }
  }
}
