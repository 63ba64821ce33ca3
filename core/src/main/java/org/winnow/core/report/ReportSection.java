package org.winnow.core.report;

import java.util.List;

/**
 * One section of the pack, in reading order: its figures, then its tables, then notes. A section
 * without data stays in the pack and says why ({@link #missing}), so a reader never wonders whether
 * it was forgotten.
 *
 * @param id stable name ("characteristics"), also in the command line's JSON
 * @param title the heading
 * @param figures drawn first
 * @param tables after the figures
 * @param notes paragraphs after the tables (studies left out and why, open disagreements)
 * @param missing why there is nothing to show yet ("no consensus extraction yet"); null when there
 *     is
 */
public record ReportSection(
    String id,
    String title,
    List<ReportFigure> figures,
    List<PackTable> tables,
    List<String> notes,
    String missing) {
  public ReportSection {
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }

  /** A section with nothing to show yet, and why. */
  public static ReportSection missing(String id, String title, String why, List<String> notes) {
    return new ReportSection(id, title, List.of(), List.of(), notes, why);
  }

  public boolean empty() {
    return missing != null;
  }
}
