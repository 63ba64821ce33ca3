package org.winnow.core.dedup;

/**
 * What one comparator found for one field: the verdict, a similarity in [0, 1] and the two values
 * it compared, so a reviewer sees why a pair was scored as it was.
 */
public record FieldEvidence(
    String field, Agreement agreement, double similarity, String a, String b) {

  static FieldEvidence missing(String field, String a, String b) {
    return new FieldEvidence(field, Agreement.MISSING, 0, a, b);
  }
}
