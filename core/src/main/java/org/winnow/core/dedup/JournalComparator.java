package org.winnow.core.dedup;

import java.util.List;

/**
 * Journal names, full or abbreviated: "Cardiovasc Diabetol" is "Cardiovascular Diabetology" when
 * every abbreviated word starts like, and is spelled within, the full word in order.
 */
final class JournalComparator implements FieldComparator {
  @Override
  public String id() {
    return "journal";
  }

  @Override
  public String label() {
    return "Journal";
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    List<String> ja = a.journalWords();
    List<String> jb = b.journalWords();
    String sa = String.join(" ", ja);
    String sb = String.join(" ", jb);
    if (ja.isEmpty() || jb.isEmpty()) {
      return FieldEvidence.missing(id(), sa, sb);
    }
    if (ja.equals(jb)) {
      return new FieldEvidence(id(), Agreement.MATCH, 1, sa, sb);
    }
    if (abbreviates(ja, jb, false)
        || abbreviates(jb, ja, false)
        || matchesAbbreviation(a, b)
        || matchesAbbreviation(b, a)) {
      return new FieldEvidence(id(), Agreement.MATCH, 0.95, sa, sb);
    }
    if (abbreviates(ja, jb, true) || abbreviates(jb, ja, true)) {
      return new FieldEvidence(id(), Agreement.PARTIAL, 0.7, sa, sb);
    }
    return new FieldEvidence(id(), Agreement.CONFLICT, 0, sa, sb);
  }

  private static boolean matchesAbbreviation(DedupRecord x, DedupRecord y) {
    List<String> abbrev = x.journalAbbrevWords();
    return !abbrev.isEmpty()
        && (abbrev.equals(y.journalWords()) || abbreviates(abbrev, y.journalWords(), false));
  }

  /**
   * True when each word of {@code shortForm} abbreviates the word at the same place in {@code
   * full}; with {@code skips}, words of the full name may be passed over.
   */
  static boolean abbreviates(List<String> shortForm, List<String> full, boolean skips) {
    if (!skips && shortForm.size() != full.size()) {
      return false;
    }
    int j = 0;
    for (String s : shortForm) {
      boolean matched = false;
      while (j < full.size()) {
        String f = full.get(j++);
        if (abbreviatesWord(s, f)) {
          matched = true;
          break;
        }
        if (!skips) {
          return false;
        }
      }
      if (!matched) {
        return false;
      }
    }
    return skips ? shortForm.size() >= 2 || shortForm.size() == full.size() : true;
  }

  static boolean abbreviatesWord(String s, String f) {
    if (s.isEmpty() || f.isEmpty() || s.charAt(0) != f.charAt(0) || s.length() > f.length()) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < f.length() && k < s.length(); i++) {
      if (f.charAt(i) == s.charAt(k)) {
        k++;
      }
    }
    return k == s.length();
  }
}
