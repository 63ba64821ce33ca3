package org.winnow.core.stats.direction;

import java.util.List;
import org.winnow.core.stats.effect.Direction;

/**
 * One study's direction in one outcome domain, with the outcome votes behind it.
 *
 * @param outcomes the outcomes it was judged from, in input order
 * @param reason the rule's step that decided ("3 of 4 outcomes (75%) benefit")
 */
public record DomainDirection(
    String study,
    String domain,
    Direction direction,
    List<OutcomeDirection> outcomes,
    String reason) {

  public DomainDirection {
    outcomes = List.copyOf(outcomes);
  }

  public long count(Direction d) {
    return outcomes.stream().filter(o -> o.direction() == d).count();
  }
}
