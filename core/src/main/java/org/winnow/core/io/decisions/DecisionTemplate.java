package org.winnow.core.io.decisions;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.io.csv.CsvExporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.CitationView;

/**
 * The decision file a reviewer fills in: one row per item awaiting their decision, with what they
 * need to recognise it (a record ID, title, year, authors) and empty decision, reason and note
 * columns, in the format {@link DecisionFile} reads back. Only the items are written, never
 * anyone's decisions, so a template keeps the blinding.
 */
public final class DecisionTemplate {
  /** The header, in order. */
  public static final List<String> COLUMNS =
      List.of("record_id", "title", "year", "authors", "decision", "reason", "note");

  private DecisionTemplate() {}

  /** Writes the template; cells are guarded against spreadsheet formula injection. */
  public static void write(List<CitationView> items, Writer out) throws IOException {
    CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
    for (CitationView item : items) {
      Bibliographic f = item.fields();
      csv.printRecord(
          CsvExporter.guard(item.recordIds().get(0)),
          CsvExporter.guard(nz(f.title())),
          f.year() == null ? "" : f.year().toString(),
          CsvExporter.guard(
              String.join("; ", f.authors().stream().map(Author::shortForm).toList())),
          "",
          "",
          "");
    }
    csv.flush();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
