package org.winnow.core.dedup;

/**
 * First pages. An electronic article number ("e12724", BMJ's "c1804") or a PDF's own page 1 may
 * stand where another database gives printed pages, so such a difference is no evidence.
 */
final class PagesComparator implements FieldComparator {
  /** First pages this close are a typo or another pagination of the same article. */
  static final int NEAR_PAGES = 5;

  /** Similarity of one page number written with and without a letter prefix ("c37", "37"). */
  static final double SAME_PAGE_OTHER_STYLE = 0.9;

  @Override
  public String id() {
    return "pages";
  }

  @Override
  public String label() {
    return "First page";
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    String pa = a.startPage();
    String pb = b.startPage();
    if (pa == null || pb == null) {
      return FieldEvidence.missing(id(), pa, pb);
    }
    if (ComparisonText.leadingNumber(pa).equals(ComparisonText.leadingNumber(pb))
        && prefix(pa).equals(prefix(pb))) {
      return new FieldEvidence(id(), Agreement.MATCH, 1, pa, pb);
    }
    if (ComparisonText.leadingNumber(pa).equals(ComparisonText.leadingNumber(pb))
        && (prefix(pa).isEmpty() || prefix(pb).isEmpty())) {
      // "c37" and "37": the same page with and without an electronic-page prefix
      return new FieldEvidence(id(), Agreement.PARTIAL, SAME_PAGE_OTHER_STYLE, pa, pb);
    }
    if (pa.equals("1") || pb.equals("1") || !prefix(pa).equals(prefix(pb))) {
      return FieldEvidence.missing(id(), pa, pb); // a PDF's page 1, or an article number vs pages
    }
    int gap = Math.abs(number(pa) - number(pb));
    if (gap <= NEAR_PAGES) {
      return new FieldEvidence(id(), Agreement.PARTIAL, 0.5, pa, pb); // online vs print pagination
    }
    return new FieldEvidence(id(), Agreement.CONFLICT, 0, pa, pb);
  }

  private static int number(String page) {
    String n = ComparisonText.leadingNumber(page);
    return n.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(n);
  }

  private static String prefix(String page) {
    return Character.isLetter(page.charAt(0))
        ? page.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
        : "";
  }
}
