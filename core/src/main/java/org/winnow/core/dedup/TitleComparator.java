package org.winnow.core.dedup;

import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Titles after folding: the same, nearly the same (edit-distance similarity), or one cut short of
 * the other (some databases truncate long titles or drop subtitles).
 */
final class TitleComparator implements FieldComparator {
  /** A main title shorter than this is too generic to match on when the subtitle is missing. */
  static final int SHORTEST_MAIN_TITLE = 20;

  /** Similarity of titles that are the same once a section heading is taken off one of them. */
  static final double HEADING_ONLY = 0.99;

  private final DedupSettings settings;

  TitleComparator(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public String id() {
    return "title";
  }

  @Override
  public String label() {
    return "Title";
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    String ta = a.title();
    String tb = b.title();
    if (ta.isEmpty() || tb.isEmpty()) {
      return FieldEvidence.missing(id(), ta, tb);
    }
    if (DedupRecord.differentScripts(a, b)) {
      return FieldEvidence.missing(id(), ta, tb); // a translation or another script: no evidence
    }
    if (ta.equals(tb)) {
      return new FieldEvidence(id(), Agreement.MATCH, 1.0, ta, tb);
    }
    if (ta.equals(b.titleWithoutHeading())
        || tb.equals(a.titleWithoutHeading())
        || (a.titleWithoutHeading() != null
            && a.titleWithoutHeading().equals(b.titleWithoutHeading()))) {
      return new FieldEvidence(id(), Agreement.MATCH, HEADING_ONLY, ta, tb);
    }
    String shorter = ta.length() <= tb.length() ? ta : tb;
    String longer = shorter == ta ? tb : ta;
    if (longer.startsWith(shorter)) {
      if (shorter.length() >= settings.truncatedTitleChars()) {
        return new FieldEvidence(id(), Agreement.PARTIAL, 0.96, ta, tb); // cut short by a database
      }
      if (shorter.length() >= SHORTEST_MAIN_TITLE && longer.charAt(shorter.length()) == ' ') {
        return new FieldEvidence(id(), Agreement.PARTIAL, 0.85, ta, tb); // subtitle left out
      }
    }
    double sim = similarity(ta, tb, a.titleWords(), b.titleWords(), settings.possibleTitle());
    Agreement agreement =
        sim >= settings.certainTitle()
            ? Agreement.MATCH
            : sim >= settings.possibleTitle() ? Agreement.PARTIAL : Agreement.CONFLICT;
    return new FieldEvidence(id(), agreement, sim, ta, tb);
  }

  /**
   * Edit-distance similarity 1 - d / max length; a cheap word-overlap test first skips the costly
   * distance for titles that cannot reach the floor.
   */
  static double similarity(String a, String b, Set<String> wa, Set<String> wb, double floor) {
    // counted without building the intersection: this runs for every candidate pair
    Set<String> small = wa.size() <= wb.size() ? wa : wb;
    Set<String> large = small == wa ? wb : wa;
    int common = 0;
    for (String w : small) {
      if (large.contains(w)) {
        common++;
      }
    }
    double jaccard = common / (double) (wa.size() + wb.size() - common);
    if (jaccard < floor - 0.35) {
      return jaccard * 0.5;
    }
    int max = Math.max(a.length(), b.length());
    int threshold = (int) Math.ceil((1 - floor) * max) + 1;
    int d = new LevenshteinDistance(threshold).apply(a, b);
    if (d < 0) {
      return Math.min(floor - 0.01, jaccard);
    }
    return 1.0 - d / (double) max;
  }
}
