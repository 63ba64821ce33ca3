package org.winnow.core.screening;

import java.util.List;
import org.winnow.core.model.Decision;
import org.winnow.core.model.ExclusionReason;
import org.winnow.core.model.Resolution;

/**
 * The outcome of one item at one stage, with the evidence behind it.
 *
 * @param required how many independent decisions the policy asks for
 * @param decisions each reviewer's latest decision
 * @param reason the exclusion reason when excluded (agreed, or set by the resolution)
 * @param conflict what disagrees, when status is CONFLICT
 * @param conflictBeforeResolution whether the decisions themselves disagree (true for a CONFLICT,
 *     and for a resolved item whose resolution settled a real conflict)
 */
public record ItemOutcome(
    long itemId,
    ItemStatus status,
    int required,
    List<Decision> decisions,
    Resolution resolution,
    ExclusionReason reason,
    String conflict,
    boolean conflictBeforeResolution) {

  public ItemOutcome {
    decisions = List.copyOf(decisions);
  }

  public ItemOutcome(
      long itemId,
      ItemStatus status,
      int required,
      List<Decision> decisions,
      Resolution resolution,
      ExclusionReason reason,
      String conflict) {
    this(
        itemId,
        status,
        required,
        decisions,
        resolution,
        reason,
        conflict,
        status == ItemStatus.CONFLICT);
  }
}
