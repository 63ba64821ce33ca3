package org.winnow.core.project;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Reviewer;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;

/**
 * What a reviewer's ranking model may learn from, and nothing more (the blinding argument of
 * docs/prioritisation.md): the outcome of every settled item (every required reviewer decided and
 * agreed, or a resolution settled it), and this reviewer's own latest decisions ("maybe" counted as
 * relevant). Another reviewer's decision on an item still awaiting decisions is never read, so it
 * cannot move this reviewer's queue.
 */
final class RankingLabels {
  private RankingLabels() {}

  /** Item → relevant, as this reviewer may see it. */
  static Map<Long, Boolean> visibleTo(Reviewer reviewer, Collection<ItemOutcome> outcomes) {
    Map<Long, Boolean> out = new HashMap<>();
    for (ItemOutcome o : outcomes) {
      if (o.status() == ItemStatus.INCLUDED || o.status() == ItemStatus.EXCLUDED) {
        out.put(o.itemId(), o.status() == ItemStatus.INCLUDED);
        continue;
      }
      for (Decision d : o.decisions()) {
        if (d.reviewer().id() == reviewer.id()) {
          out.put(o.itemId(), d.value() != DecisionValue.EXCLUDE);
        }
      }
    }
    return out;
  }
}
