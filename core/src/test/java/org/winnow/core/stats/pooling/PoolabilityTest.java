package org.winnow.core.stats.pooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.Measure;
import org.winnow.core.stats.pooling.Poolability.Candidate;
import org.winnow.core.stats.pooling.Poolability.Problem;

/** What may be pooled into one estimate: one outcome, one measure, one desirable direction. */
class PoolabilityTest {
  private static Candidate row(String outcome, Measure m, Desirable d) {
    return new Candidate(outcome, m, d);
  }

  @Test
  void oneOutcomeOneMeasureOneDirectionPools() {
    Poolability p =
        Poolability.check(
            List.of(
                row("Pain", Measure.HEDGES_G, Desirable.LOWER),
                row(" pain ", Measure.HEDGES_G, Desirable.LOWER),
                row("PAIN", Measure.HEDGES_G, null)),
            false);
    assertTrue(p.poolable(), p.reason());
    assertNull(p.problem());
    assertEquals(List.of("Pain"), p.outcomes());
  }

  @Test
  void severalOutcomesAreNotPooledUnlessChosen() {
    List<Candidate> rows =
        List.of(
            row("Anxiety (HADS-A)", Measure.HEDGES_G, Desirable.LOWER),
            row("Anxiety (GAD-7)", Measure.HEDGES_G, Desirable.LOWER));
    Poolability p = Poolability.check(rows, false);
    assertFalse(p.poolable());
    assertEquals(Problem.SEVERAL_OUTCOMES, p.problem());
    assertEquals(List.of("Anxiety (HADS-A)", "Anxiety (GAD-7)"), p.outcomes());
    assertTrue(p.reason().contains("Anxiety (HADS-A)") && p.reason().contains("Anxiety (GAD-7)"));
    assertTrue(Poolability.check(rows, true).poolable(), "scales of one construct, chosen");
  }

  @Test
  void oppositeDesirableDirectionsAreNeverPooled() {
    List<Candidate> rows =
        List.of(
            row("Quality of life", Measure.HEDGES_G, Desirable.HIGHER),
            row("Pain", Measure.HEDGES_G, Desirable.LOWER));
    for (boolean chosen : new boolean[] {false, true}) {
      Poolability p = Poolability.check(rows, chosen);
      assertFalse(p.poolable());
      assertEquals(Problem.OPPOSITE_DIRECTIONS, p.problem());
      assertTrue(p.reason().contains("Quality of life (higher is better)"), p.reason());
      assertTrue(p.reason().contains("Pain (lower is better)"), p.reason());
    }
  }

  @Test
  void differentMeasuresAreNeverPooled() {
    Poolability dg =
        Poolability.check(
            List.of(row("Pain", Measure.HEDGES_G, null), row("Pain", Measure.COHENS_D, null)),
            true);
    assertEquals(Problem.MIXED_MEASURES, dg.problem());
    assertTrue(dg.reason().contains("Hedges' g") && dg.reason().contains("Cohen's d"));
    Poolability given =
        Poolability.check(
            List.of(row("", Measure.GIVEN, null), row("", Measure.HEDGES_G, null)), false);
    assertEquals(Problem.MIXED_MEASURES, given.problem());
    assertTrue(given.reason().contains("cannot be pooled with computed"), given.reason());
  }
}
