package org.winnow.core.dedup;

/** Compares one field of two records and says what it found. Stateless. */
public interface FieldComparator {
  /** Stable id, also the field name in the evidence ("title", "doi"...). */
  String id();

  String label();

  FieldEvidence compare(DedupRecord a, DedupRecord b);
}
