package org.winnow.core.dedup;

/** Years: the same, one apart (online-first vs print, conference vs journal), or further. */
final class YearComparator implements FieldComparator {
  @Override
  public String id() {
    return "year";
  }

  @Override
  public String label() {
    return "Year";
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    String ya = a.year() == null ? null : a.year().toString();
    String yb = b.year() == null ? null : b.year().toString();
    if (ya == null || yb == null) {
      return FieldEvidence.missing(id(), ya, yb);
    }
    int gap = Math.abs(a.year() - b.year());
    Agreement agreement =
        gap == 0 ? Agreement.MATCH : gap == 1 ? Agreement.PARTIAL : Agreement.CONFLICT;
    return new FieldEvidence(id(), agreement, gap == 0 ? 1 : gap == 1 ? 0.5 : 0, ya, yb);
  }
}
