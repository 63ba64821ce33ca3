package org.winnow.core.dedup;

import java.util.List;

/**
 * Family names: the first author and the share of the shorter list found in the longer one.
 * Compound and prefixed names compare by containment ("kessel" in "vankessel").
 */
final class AuthorsComparator implements FieldComparator {
  @Override
  public String id() {
    return "authors";
  }

  @Override
  public String label() {
    return "Authors";
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    List<String> la = a.authors();
    List<String> lb = b.authors();
    String sa = String.join("; ", la);
    String sb = String.join("; ", lb);
    if (la.isEmpty() || lb.isEmpty()) {
      return FieldEvidence.missing(id(), sa, sb);
    }
    boolean swapped = swappedOrder(a, b);
    if (swapped) {
      la = a.givenNames();
    }
    boolean firstSame = same(la.get(0), lb.get(0));
    List<String> shorter = la.size() <= lb.size() ? la : lb;
    List<String> longer = shorter == la ? lb : la;
    int found = 0;
    for (String s : shorter) {
      for (String l : longer) {
        if (same(s, l)) {
          found++;
          break;
        }
      }
    }
    double overlap = found / (double) shorter.size();
    Agreement agreement;
    if (firstSame && overlap >= 0.5) {
      agreement = Agreement.MATCH;
    } else if (firstSame || overlap >= 0.5) {
      agreement = Agreement.PARTIAL;
    } else {
      agreement = Agreement.CONFLICT;
    }
    return new FieldEvidence(id(), agreement, overlap, sa, sb);
  }

  /**
   * Some exports swap family and given names ("Ching-yi, Wu"): the first author's family name is
   * the other record's given name and the other way round.
   */
  private static boolean swappedOrder(DedupRecord a, DedupRecord b) {
    String fa = a.authors().get(0);
    String fb = b.authors().get(0);
    String ga = a.givenNames().get(0);
    String gb = b.givenNames().get(0);
    return !same(fa, fb) && ga.length() > 1 && gb.length() > 1 && same(fa, gb) && same(ga, fb);
  }

  static boolean same(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    int min = Math.min(x.length(), y.length());
    return min >= 4 && (x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x));
  }
}
