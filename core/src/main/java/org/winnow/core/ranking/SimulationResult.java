package org.winnow.core.ranking;

import java.util.List;

/**
 * What a simulated screening found.
 *
 * @param order every item (index in the set) in the order screened: the prior knowledge first, then
 *     as the model ranked them; once every relevant item was found, the rest in seeded random order
 *     (no model can change the recall curve any more)
 * @param metrics how early the relevant items came
 * @param stopPoint where the stopping rule first said stop (every item screened when it never did),
 *     or null without a rule
 * @param checkpoints the numbers of items screened at which a stopping rule is asked: after every
 *     batch, and once every item is screened
 * @param trainings how often the model was trained
 */
public record SimulationResult(
    List<Integer> order,
    RecallMetrics metrics,
    StopPoint stopPoint,
    List<Integer> checkpoints,
    int trainings) {
  public SimulationResult {
    order = List.copyOf(order);
    checkpoints = List.copyOf(checkpoints);
  }

  /** The stopping rule's evidence where it stopped, or null without a rule or evidence. */
  public StopCheck stop() {
    return stopPoint == null ? null : stopPoint.evidence();
  }

  /** The true recall where the rule first said stop, or null without a rule. */
  public Double recallAtStop() {
    return stopPoint == null ? null : stopPoint.relevantFound() / (double) metrics.relevant();
  }
}
