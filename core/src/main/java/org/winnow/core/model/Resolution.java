package org.winnow.core.model;

import java.time.Instant;

/** The decision that settles a conflict: by a third reviewer or by consensus, with who and why. */
public record Resolution(
    long id,
    Stage stage,
    long itemId,
    DecisionValue value,
    ExclusionReason reason,
    String note,
    Reviewer resolvedBy,
    Method method,
    Instant decidedAt) {

  /** How the conflict was settled. */
  public enum Method {
    THIRD_REVIEWER,
    CONSENSUS;

    public String cliName() {
      return this == THIRD_REVIEWER ? "third-reviewer" : "consensus";
    }
  }
}
