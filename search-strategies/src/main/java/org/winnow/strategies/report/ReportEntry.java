package org.winnow.strategies.report;

import java.util.Locale;

/** One reported step: how bad it is, on which search line, and what happened. */
public record ReportEntry(Severity severity, int line, String message) {
  public enum Severity {
    /** Part of the search could not be carried over; the result will differ. */
    LOSSY,
    /** Carried over with a different but close meaning (field sets, proximity counting). */
    APPROXIMATE,
    /** Exact, but worth knowing (a default field, an inlined line). */
    NOTE
  }

  @Override
  public String toString() {
    return "line " + line + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
