package org.winnow.core.dedup;

import java.util.Objects;
import java.util.function.Function;

/** Fields that either are equal or not: DOI, PMID, volume, issue, first page. */
final class ValueComparator implements FieldComparator {
  private final String id;
  private final String label;
  private final Function<DedupRecord, String> value;

  ValueComparator(String id, String label, Function<DedupRecord, String> value) {
    this.id = id;
    this.label = label;
    this.value = value;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    String va = value.apply(a);
    String vb = value.apply(b);
    if (va == null || vb == null) {
      return FieldEvidence.missing(id, va, vb);
    }
    return Objects.equals(va, vb)
        ? new FieldEvidence(id, Agreement.MATCH, 1, va, vb)
        : new FieldEvidence(id, Agreement.CONFLICT, 0, va, vb);
  }
}
