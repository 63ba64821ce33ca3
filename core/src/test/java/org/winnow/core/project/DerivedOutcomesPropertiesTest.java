package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;

/**
 * Random sequences of decisions, resolutions and the odd policy change, written by one project
 * while another keeps its outcomes: after every change the kept outcomes equal those derived from
 * scratch by a project opened afresh.
 */
class DerivedOutcomesPropertiesTest {
  private static final List<String> REVIEWERS = List.of("Ana Lima", "Ben Okafor", "Chi Eze");
  private static final int ITEMS = 6;

  /** One change: a decision, a resolution, or (kind 2) a forced policy change. */
  record Change(int kind, int item, int reviewer, DecisionValue value) {}

  @Property(tries = 12)
  void keptOutcomesEqualFreshOnes(@ForAll("changes") @Size(min = 1, max = 14) List<Change> changes)
      throws Exception {
    Path tmp = Files.createTempDirectory("derived-outcomes-");
    Path folder = tmp.resolve("review");
    try (ReviewProject writer =
        DerivedOutcomesTest.screenedProject(tmp, folder, ITEMS, REVIEWERS)) {
      try (ReviewProject watcher = TestProjects.openReadOnly(folder)) {
        watcher.screening().outcomesNow();
        for (Change change : changes) {
          apply(writer, change);
          try (ReviewProject fresh = TestProjects.openReadOnly(folder)) {
            ScreeningOutcomes expected = fresh.screening().outcomesNow();
            ScreeningOutcomes kept = watcher.screening().outcomesNow();
            assertEquals(expected, kept, "after " + change);
            assertEquals(
                List.copyOf(expected.titleAbstract().keySet()),
                List.copyOf(kept.titleAbstract().keySet()));
          }
        }
      }
    }
  }

  private static void apply(ReviewProject writer, Change change) throws Exception {
    String id = "m" + (change.item() + 1);
    String who = REVIEWERS.get(change.reviewer());
    ScreeningService screening = writer.screening();
    switch (change.kind()) {
      case 0 ->
          screening.decide(
              Stage.TITLE_ABSTRACT, id, who, change.value(), null, null, List.of(), "test");
      case 1 -> {
        try {
          screening.resolve(
              Stage.TITLE_ABSTRACT,
              id,
              change.value() == DecisionValue.MAYBE ? DecisionValue.INCLUDE : change.value(),
              null,
              null,
              who,
              true);
        } catch (ProjectException e) {
          // nothing to resolve yet (no decision) or the resolver screened it: no change
        }
      }
      default ->
          screening.setPolicy(
              Stage.TITLE_ABSTRACT,
              change.value() == DecisionValue.INCLUDE
                  ? ScreeningPolicy.Mode.SINGLE
                  : ScreeningPolicy.Mode.DOUBLE,
              null,
              null,
              change.value() == DecisionValue.MAYBE,
              null,
              true,
              "lead");
    }
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Integer> kind =
        Arbitraries.frequency(Tuple.of(7, 0), Tuple.of(2, 1), Tuple.of(1, 2)); // mostly decisions
    return Combinators.combine(
            kind,
            Arbitraries.integers().between(0, ITEMS - 1),
            Arbitraries.integers().between(0, REVIEWERS.size() - 1),
            Arbitraries.of(DecisionValue.class))
        .as(Change::new)
        .list();
  }
}
