package org.winnow.core.ranking;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.io.csv.CsvExporter;

/**
 * The recall curve of a simulation as CSV, one row per item screened: {@code screened} (1-based),
 * {@code record_id}, {@code relevant} (1/0), {@code relevant_found}, {@code recall}. Version 1 of
 * this file; columns are only ever added.
 */
public final class RecallCurveCsv {
  public static final String[] HEADER = {
    "screened", "record_id", "relevant", "relevant_found", "recall"
  };

  private RecallCurveCsv() {}

  /** Writes the curve; returns the rows written. */
  public static int write(Writer out, LabelledSet set, SimulationResult result) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build());
    int found = 0;
    int relevant = set.relevantCount();
    int screened = 0;
    for (int item : result.order()) {
      LabelledItem it = set.items().get(item);
      found += it.relevant() ? 1 : 0;
      csv.printRecord(
          ++screened,
          CsvExporter.guard(it.text().id()),
          it.relevant() ? 1 : 0,
          found,
          String.format(Locale.ROOT, "%.4f", found / (double) relevant));
    }
    csv.flush();
    return screened;
  }
}
