package org.winnow.core.dedup;

import java.util.List;

/**
 * The comparison of two records: the evidence field by field, the tier it leads to and the rule
 * that decided, in words a reviewer can check.
 */
public record PairScore(
    DedupRecord a,
    DedupRecord b,
    List<FieldEvidence> evidence,
    Tier tier,
    String reason,
    double score) {

  public FieldEvidence field(String id) {
    for (FieldEvidence e : evidence) {
      if (e.field().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no evidence for " + id);
  }
}
