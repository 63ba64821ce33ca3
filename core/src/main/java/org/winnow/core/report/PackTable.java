package org.winnow.core.report;

import java.util.List;
import org.winnow.core.stats.report.ReportTable;

/**
 * One table of the pack, as plain text cells: the HTML page, the DOCX and the CSV file all render
 * this one grid, so they cannot disagree.
 *
 * @param id the CSV file's name without extension ("characteristics")
 * @param title the caption
 * @param header the column headings
 * @param rows the rows, each as long as the header
 * @param notes what the reader needs beside the table (legend, abbreviations, what is left out)
 */
public record PackTable(
    String id, String title, List<String> header, List<List<String>> rows, List<String> notes) {
  public PackTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "table "
                + id
                + ": a row of "
                + row.size()
                + " cells under "
                + header.size()
                + " headings");
      }
    }
  }

  /**
   * The same grid as a results table, whose CSV (header first, formula-like text guarded) is the
   * pack's CSV file: one CSV writer for the synthesis view and the pack.
   */
  public ReportTable results() {
    return new ReportTable(
        title, header, rows.stream().map(r -> List.<Object>copyOf(r)).toList(), notes, 0);
  }
}
