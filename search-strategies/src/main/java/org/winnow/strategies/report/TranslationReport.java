package org.winnow.strategies.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Every step of a translation (or of building a Lucene query) that does not carry the search over
 * exactly: what was lost, what was approximated, and notes a searcher should read. Nothing is
 * dropped without an entry here.
 */
public final class TranslationReport {
  private final String from;
  private final String to;
  private final List<ReportEntry> entries = new ArrayList<>();

  public TranslationReport(String from, String to) {
    this.from = from;
    this.to = to;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public void add(ReportEntry.Severity severity, int line, String message) {
    ReportEntry e = new ReportEntry(severity, line, message);
    if (!entries.contains(e)) {
      entries.add(e);
    }
  }

  public void lossy(int line, String message) {
    add(ReportEntry.Severity.LOSSY, line, message);
  }

  public void approximate(int line, String message) {
    add(ReportEntry.Severity.APPROXIMATE, line, message);
  }

  public void note(int line, String message) {
    add(ReportEntry.Severity.NOTE, line, message);
  }

  public List<ReportEntry> entries() {
    return List.copyOf(entries);
  }

  public boolean isExact() {
    return entries.stream().noneMatch(e -> e.severity() != ReportEntry.Severity.NOTE);
  }

  /** One entry per line of text, e.g. {@code line 3: approximate: ...}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (ReportEntry e : entries) {
      b.append(e).append('\n');
    }
    return b.toString();
  }
}
