package org.winnow.core.dedup;

/**
 * Abstracts, compared through their fingerprints: the same (most shingles shared), overlapping (a
 * truncated or lightly edited abstract), or clearly different. Short abstracts are no evidence
 * against a pair: a conference snippet or a one-line note may differ from the full text.
 */
final class AbstractComparator implements FieldComparator {
  /** Estimated resemblance at or above which two abstracts are the same text. */
  static final double SAME_ABSTRACT = 0.75;

  /** Resemblance at or above which two abstracts overlap (one cut short, headings added). */
  static final double OVERLAPPING_ABSTRACT = 0.25;

  /** Resemblance at or below which two long abstracts with different openings differ. */
  static final double DIFFERENT_ABSTRACT = 0.07;

  /** Both abstracts need this many words before a difference counts against the pair. */
  static final int LONG_ABSTRACT_WORDS = 40;

  @Override
  public String id() {
    return "abstract";
  }

  @Override
  public String label() {
    return "Abstract overlap"; // the window shows the abstract itself in a row of its own
  }

  @Override
  public FieldEvidence compare(DedupRecord a, DedupRecord b) {
    AbstractFingerprint fa = a.abstractPrint();
    AbstractFingerprint fb = b.abstractPrint();
    String sa = fa == null ? null : fa.toString();
    String sb = fb == null ? null : fb.toString();
    // the evidence shows lengths and the estimated resemblance: the text itself is not kept
    if (fa == null || fb == null) {
      return FieldEvidence.missing(id(), sa, sb);
    }
    double r = fa.resemblance(fb);
    boolean sameOpening = fa.opening() == fb.opening();
    if (r >= SAME_ABSTRACT) {
      return new FieldEvidence(id(), Agreement.MATCH, r, sa, sb);
    }
    if (r >= OVERLAPPING_ABSTRACT || sameOpening) {
      return new FieldEvidence(id(), Agreement.PARTIAL, r, sa, sb);
    }
    if (r <= DIFFERENT_ABSTRACT
        && fa.words() >= LONG_ABSTRACT_WORDS
        && fb.words() >= LONG_ABSTRACT_WORDS) {
      return new FieldEvidence(id(), Agreement.CONFLICT, r, sa, sb);
    }
    return FieldEvidence.missing(id(), sa, sb); // too little overlap to agree, too short to differ
  }
}
