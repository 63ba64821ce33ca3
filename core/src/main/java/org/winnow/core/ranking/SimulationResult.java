package org.winnow.core.ranking;

import java.util.List;

/**
 * What a simulated screening found.
 *
 * @param order every item (index in the set) in the order screened: the prior knowledge first, then
 *     as the model ranked them; once every relevant item was found, the rest in seeded random order
 *     (no model can change the recall curve any more)
 * @param metrics how early the relevant items came
 * @param stop the stopping rule's verdict where it first said stop (screening everything when it
 *     never did), or null without a rule
 * @param recallAtStop the true recall when the rule said stop, or null without a rule
 * @param trainings how often the model was trained
 */
public record SimulationResult(
    List<Integer> order,
    RecallMetrics metrics,
    StopCheck stop,
    Double recallAtStop,
    int trainings) {
  public SimulationResult {
    order = List.copyOf(order);
  }
}
