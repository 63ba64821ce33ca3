package org.winnow.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One reviewer's decision on one item, as appended (decisions are never overwritten: a changed mind
 * is a new row).
 *
 * @param itemId a citation id at title-abstract, a report id at full text
 * @param reason the exclusion reason, or null
 */
public record Decision(
    long id,
    Stage stage,
    long itemId,
    Reviewer reviewer,
    DecisionValue value,
    ExclusionReason reason,
    String note,
    List<String> labels,
    Instant decidedAt) {

  public Decision {
    labels = List.copyOf(labels);
  }
}
