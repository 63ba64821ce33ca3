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
    List<List<String>> fa = a.journalForms();
    List<List<String>> fb = b.journalForms();
    String sa = fa.isEmpty() ? null : String.join(" ", fa.get(0));
    String sb = fb.isEmpty() ? null : String.join(" ", fb.get(0));
    if (fa.isEmpty() || fb.isEmpty()) {
      return FieldEvidence.missing(id(), sa, sb);
    }
    boolean partial = false;
    for (List<String> x : fa) {
      for (List<String> y : fb) {
        if (x.equals(y) || abbreviates(x, y, false) || abbreviates(y, x, false)) {
          return new FieldEvidence(id(), Agreement.MATCH, x.equals(y) ? 1 : 0.95, sa, sb);
        }
        partial |= abbreviates(x, y, true) || abbreviates(y, x, true);
      }
    }
    return partial
        ? new FieldEvidence(id(), Agreement.PARTIAL, 0.7, sa, sb)
        : new FieldEvidence(id(), Agreement.CONFLICT, 0, sa, sb);
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
