package org.winnow.core.ranking;

import java.util.List;

/**
 * Where a stopping rule first said stop in a screening order.
 *
 * @param screened items screened there (every item when the rule never said stop)
 * @param relevantFound relevant items among them
 * @param evidence the rule's statistical evidence there, or null when the rule gives none
 */
public record StopPoint(int screened, int relevantFound, StopCheck evidence) {
  /**
   * Replays a screening order and asks the rule at each checkpoint (a number of items screened,
   * ascending); the rule's verdict depends only on the order so far, so asking afterwards is the
   * same as asking during the screening. When the rule never says stop, every item is screened.
   *
   * @param relevantInOrder for each item in the order screened, whether it is relevant
   */
  public static StopPoint first(
      StoppingRule rule, List<Boolean> relevantInOrder, List<Integer> checkpoints) {
    int records = relevantInOrder.size();
    ScreeningHistory history = new ScreeningHistory();
    for (int at : checkpoints) {
      if (at < 1 || at > records || at < history.screened()) {
        throw new IllegalArgumentException("checkpoints must ascend within 1.." + records);
      }
      while (history.screened() < at) {
        history.add(relevantInOrder.get(history.screened()));
      }
      if (rule.stops(history, records)) {
        return new StopPoint(at, history.relevantFound(), rule.check(history, records));
      }
    }
    while (history.screened() < records) {
      history.add(relevantInOrder.get(history.screened()));
    }
    return new StopPoint(records, history.relevantFound(), rule.check(history, records));
  }
}
