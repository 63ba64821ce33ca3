package org.winnow.core.dedup;

import java.util.List;

/**
 * The comparison of two records: the evidence field by field, the tier it leads to and the rule
 * that decided, in words a reviewer can check.
 *
 * @param linked a notice (erratum, comment, reply or retraction) and the article it names: kept
 *     apart but linked
 */
public record PairScore(
    DedupRecord a,
    DedupRecord b,
    List<FieldEvidence> evidence,
    Tier tier,
    String reason,
    double score,
    boolean linked) {

  public PairScore(
      DedupRecord a,
      DedupRecord b,
      List<FieldEvidence> evidence,
      Tier tier,
      String reason,
      double score) {
    this(a, b, evidence, tier, reason, score, false);
  }

  public FieldEvidence field(String id) {
    for (FieldEvidence e : evidence) {
      if (e.field().equals(id)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no evidence for " + id);
  }

  /** Of a linked pair, the notice's record. */
  public DedupRecord notice() {
    return a.kind() != DedupRecord.NoticeKind.ARTICLE ? a : b;
  }

  /** Of a linked pair, the article's record. */
  public DedupRecord article() {
    return a.kind() != DedupRecord.NoticeKind.ARTICLE ? b : a;
  }
}
