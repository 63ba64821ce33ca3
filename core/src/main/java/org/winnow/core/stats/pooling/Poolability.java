package org.winnow.core.stats.pooling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.Measure;

/**
 * Whether a set of effects may be pooled into one estimate, and if not, why. One estimate means one
 * question on one scale: effects of several outcomes are pooled only when the reviewer chose those
 * outcomes (several scales of one construct, say); effects whose outcomes have opposite desirable
 * directions (pain, lower is better, with quality of life, higher is better) or that are on
 * different measures (Hedges' g with Cohen's d, a given yi with a computed SMD) are never pooled,
 * whatever was chosen, since their signs or scales do not mean the same.
 *
 * @param outcomes the distinct outcomes, as first written (case and spacing do not count)
 * @param measures the distinct measures
 * @param directions each outcome's stated desirable direction (outcomes that state none are left
 *     out)
 * @param problem why the effects may not be pooled, null when they may
 * @param reason the problem in words, naming the outcomes or measures; null when poolable
 */
public record Poolability(
    List<String> outcomes,
    List<Measure> measures,
    Map<String, Desirable> directions,
    Problem problem,
    String reason) {

  /** Why effects may not be pooled into one estimate. */
  public enum Problem {
    /** Several outcomes, and the reviewer did not choose which to pool. */
    SEVERAL_OUTCOMES,
    /** Higher is better for some outcomes and lower for others. */
    OPPOSITE_DIRECTIONS,
    /** The effects are on different measures. */
    MIXED_MEASURES
  }

  /**
   * One effect to pool: its outcome (may be empty), measure and desirable direction (null when not
   * stated).
   */
  public record Candidate(String outcome, Measure measure, Desirable desirable) {
    public Candidate {
      outcome = outcome == null ? "" : outcome.strip();
    }
  }

  public Poolability {
    outcomes = List.copyOf(outcomes);
    measures = List.copyOf(measures);
    directions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(directions));
  }

  public boolean poolable() {
    return problem == null;
  }

  /**
   * Checks the effects to pool.
   *
   * @param outcomesChosen whether the reviewer named the outcomes to pool (then several outcomes
   *     may be pooled together)
   */
  public static Poolability check(List<Candidate> effects, boolean outcomesChosen) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    Set<Measure> measures = new LinkedHashSet<>();
    Map<String, Desirable> directions = new LinkedHashMap<>();
    for (Candidate c : effects) {
      String name = outcomes.computeIfAbsent(key(c.outcome()), k -> c.outcome());
      measures.add(c.measure());
      if (c.desirable() != null) {
        directions.putIfAbsent(name, c.desirable());
      }
    }
    List<String> names = new ArrayList<>(outcomes.values());
    List<Measure> measureList = new ArrayList<>(measures);
    Problem problem = null;
    String reason = null;
    if (new LinkedHashSet<>(directions.values()).size() > 1) {
      problem = Problem.OPPOSITE_DIRECTIONS;
      List<String> each = new ArrayList<>();
      directions.forEach((o, d) -> each.add(label(o) + " (" + d.id() + " is better)"));
      reason =
          "outcomes with opposite desirable directions cannot be pooled into one estimate: "
              + String.join("; ", each);
    } else if (measures.size() > 1) {
      problem = Problem.MIXED_MEASURES;
      reason =
          measures.contains(Measure.GIVEN)
              ? "rows with a given yi cannot be pooled with computed standardised mean differences"
                  + " (their scale is unknown): pool them separately"
              : "effects on different measures cannot be pooled into one estimate: "
                  + String.join(", ", measureList.stream().map(Measure::label).toList())
                  + "; pool each measure separately";
    } else if (names.size() > 1 && !outcomesChosen) {
      problem = Problem.SEVERAL_OUTCOMES;
      reason =
          "the effects are of "
              + names.size()
              + " outcomes ("
              + String.join("; ", names.stream().map(Poolability::label).toList())
              + "): choose the outcome, or the scales of one outcome, to pool";
    }
    return new Poolability(names, measureList, directions, problem, reason);
  }

  private static String label(String outcome) {
    return outcome.isEmpty() ? "(no outcome named)" : outcome;
  }

  /** Outcome names match regardless of case and spacing. */
  private static String key(String outcome) {
    return outcome.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
