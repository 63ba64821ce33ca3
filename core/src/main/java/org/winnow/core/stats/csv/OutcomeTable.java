package org.winnow.core.stats.csv;

import java.util.List;
import org.winnow.core.stats.OutcomeRecord;

/**
 * A batch file as read: its header and, per data row, the cells as written (so output can repeat
 * them) and the outcome they describe.
 */
public record OutcomeTable(String file, List<String> header, List<Row> rows) {
  public OutcomeTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One data row; {@code line} is where it starts in the file (1 = the header). */
  public record Row(int line, List<String> cells, OutcomeRecord outcome) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  public List<OutcomeRecord> outcomes() {
    return rows.stream().map(Row::outcome).toList();
  }
}
