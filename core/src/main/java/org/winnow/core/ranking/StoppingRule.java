package org.winnow.core.ranking;

import java.util.List;

/** A rule that says, from the screening so far, when a team may stop screening. */
public interface StoppingRule {
  /** The ids of the rules {@link #named} knows: the statistical rule first (the default). */
  static List<String> ids() {
    return List.of(HypergeometricStoppingRule.ID, KneeStoppingRule.ID);
  }

  /** The rule with its standard settings, by id. */
  static StoppingRule named(String id) {
    return switch (id) {
      case HypergeometricStoppingRule.ID -> HypergeometricStoppingRule.standard();
      case KneeStoppingRule.ID -> new KneeStoppingRule();
      default ->
          throw new IllegalArgumentException(
              "unknown stopping rule '" + id + "' (known: " + String.join(", ", ids()) + ")");
    };
  }

  /** Stable id, as {@code simulate --stop} names it. */
  String id();

  /** Whether the rule says stop after the screening so far, out of {@code records} items. */
  boolean stops(ScreeningHistory history, int records);

  /** The rule's statistical evidence at this point, or null when the rule gives none. */
  StopCheck check(ScreeningHistory history, int records);
}
