package org.winnow.core.report;

import org.winnow.core.extraction.EffectSizeCsv;

/** A row of outcome data the synthesis could not use, as a note under a table. */
final class Skips {
  private Skips() {}

  /** "Brown 2020 (S3), Mood, 12 weeks: why". */
  static String text(EffectSizeCsv.Skipped s) {
    StringBuilder b = new StringBuilder(s.study()).append(" (").append(s.studyId()).append(')');
    if (!s.outcome().isBlank()) {
      b.append(", ").append(s.outcome());
    }
    if (!s.timePoint().isBlank()) {
      b.append(", ").append(s.timePoint());
    }
    return b.append(": ").append(s.reason()).toString();
  }
}
