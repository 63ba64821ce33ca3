package org.winnow.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.io.csv.CsvExporter;

/** A pack table as CSV: its header and rows, cells guarded against formula injection. */
final class TableCsv {
  private TableCsv() {}

  static void write(ReportTable t, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
    p.printRecord(t.header().stream().map(CsvExporter::guard).toList());
    for (List<String> row : t.rows()) {
      p.printRecord(row.stream().map(CsvExporter::guard).toList());
    }
    p.flush();
  }
}
