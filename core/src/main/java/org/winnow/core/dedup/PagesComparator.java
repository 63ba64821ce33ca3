package org.winnow.core.dedup;

/**
 * First pages. An electronic article number ("e12724", BMJ's "c1804") or a PDF's own page 1 may
 * stand where another database gives printed pages, so such a difference is no evidence.
 */
final class PagesComparator implements FieldComparator {
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
    if (articleNumberOrFirst(pa) != articleNumberOrFirst(pb)) {
      return FieldEvidence.missing(id(), pa, pb);
    }
    return new FieldEvidence(id(), Agreement.CONFLICT, 0, pa, pb);
  }

  private static String prefix(String page) {
    return Character.isLetter(page.charAt(0))
        ? page.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
        : "";
  }

  private static boolean articleNumberOrFirst(String page) {
    String p = prefix(page);
    return p.equals("e") || p.equals("c") || page.equals("1");
  }
}
