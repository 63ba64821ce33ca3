package org.winnow.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.winnow.core.model.Decision;

/**
 * Each reviewer's independent decision on one item: the decision they held when the item was
 * unblinded for them. An item is unblinded once the required number of reviewers have decided (the
 * screening view shows the others' decisions from then on), so a change of mind before that moment
 * is still independent, and one after it may follow the other reviewer. A reviewer who first
 * decides after that moment (a third reviewer) was blinded until their own first decision, which is
 * then their independent one. Agreement statistics use these; outcomes use the latest.
 */
public final class IndependentDecisions {
  private IndependentDecisions() {}

  /**
   * @param history every decision on the item, oldest first
   * @param required how many reviewers must decide before the item is unblinded
   * @return reviewer id → independent decision, in the order reviewers first decided
   */
  public static Map<Long, Decision> of(List<Decision> history, int required) {
    long unblindedAt = Long.MAX_VALUE;
    Set<Long> seen = new LinkedHashSet<>();
    for (Decision d : history) {
      if (seen.add(d.reviewer().id()) && seen.size() == required) {
        unblindedAt = d.id();
        break;
      }
    }
    Map<Long, Decision> out = new LinkedHashMap<>();
    for (Decision d : history) {
      long reviewer = d.reviewer().id();
      Decision held = out.get(reviewer);
      if (held == null) {
        out.put(reviewer, d);
      } else if (held.id() <= unblindedAt && d.id() <= unblindedAt) {
        out.put(reviewer, d); // still blinded: a change of mind is still independent
      }
    }
    return out;
  }

  /** The reviewers' latest decisions (one per reviewer, in first-decided order). */
  public static List<Decision> latest(List<Decision> history) {
    Map<Long, Decision> out = new LinkedHashMap<>();
    for (Decision d : history) {
      out.put(d.reviewer().id(), d);
    }
    return new ArrayList<>(out.values());
  }
}
