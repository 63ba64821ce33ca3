package org.winnow.core.dedup;

import java.util.Comparator;
import java.util.List;

/**
 * How the review queue explains and orders its pairs. The explanation is the rule that queued a
 * pair as a stable short key (its reason without numbers), so that pairs sharing one explanation
 * can be listed and resolved together. The order puts the pairs whose evidence is most balanced
 * first: the fields other than the title that agree weigh against those that conflict, and the
 * closer the two weights, the less the evidence decides and the more a reviewer is needed.
 */
public final class QueueExplanation {
  /** Most uncertain first; ties best-scored first, then in the order they were queued. */
  public static final Comparator<StoredPair> MOST_UNCERTAIN_FIRST =
      Comparator.comparingDouble((StoredPair p) -> imbalance(p.evidence()))
          .thenComparing(Comparator.comparingDouble(StoredPair::score).reversed())
          .thenComparingLong(StoredPair::id);

  private QueueExplanation() {}

  /** The reason without its numbers: "similar title (87%)" → "similar title". */
  public static String of(String reason) {
    if (reason == null) {
      return "";
    }
    String s = reason.replaceAll("\\s*\\([^()]*\\d[^()]*\\)", "");
    s = s.replaceAll("\\d+", "N");
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * How far the evidence leans one way: |agreeing weight − conflicting weight| over the fields
   * other than the title (a match weighs 1, a partial match 0.5, a conflict 1). Zero is a pair the
   * evidence does not decide at all.
   */
  public static double imbalance(List<FieldEvidence> evidence) {
    double lean = 0;
    for (FieldEvidence e : evidence) {
      if (e.field().equals("title")) {
        continue;
      }
      lean +=
          switch (e.agreement()) {
            case MATCH -> 1;
            case PARTIAL -> 0.5;
            case CONFLICT -> -1;
            case MISSING -> 0;
          };
    }
    return Math.abs(lean);
  }
}
