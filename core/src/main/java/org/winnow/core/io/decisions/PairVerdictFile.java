package org.winnow.core.io.decisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.RowProblem;
import org.winnow.core.io.csv.DelimitedTextReader;

/**
 * A file of deduplication verdicts, one pair of records per row, as {@code dedup --resolve-file}
 * reads it: two record IDs (as the files gave them, or {@code #N}) and same/different. Read as
 * {@link DecisionFile} is (separator from the header, any case, byte-order mark); {@code dedup
 * --queue} lists the pairs to decide.
 */
public final class PairVerdictFile {
  /** The columns, each with the headers that name it in priority order. */
  public enum Field {
    A("a", "record_a", "id_a", "record_id_a", "recorda", "record1", "id1", "first"),
    B("b", "record_b", "id_b", "record_id_b", "recordb", "record2", "id2", "second"),
    VERDICT("verdict", "decision", "same", "duplicate", "isduplicate");

    private final List<String> headers;

    Field(String... headers) {
      this.headers = Arrays.stream(headers).map(DecisionTable::normalise).distinct().toList();
    }
  }

  /**
   * One pair as the file gives it.
   *
   * @param verdict null when the cell could not be read (a problem names it)
   */
  public record Row(int line, String a, String b, PairVerdict verdict) {}

  private final String file;
  private final List<Row> rows;
  private final List<RowProblem> problems;
  private final String[] columnNames;

  private PairVerdictFile(
      String file, List<Row> rows, List<RowProblem> problems, String[] columnNames) {
    this.file = file;
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
    this.columnNames = columnNames;
  }

  public static PairVerdictFile read(Path path) throws ImportException {
    List<String> known = Stream.of(Field.values()).flatMap(f -> f.headers.stream()).toList();
    DecisionTable table = DecisionTable.read(path, known);
    String[] names = new String[Field.values().length];
    List<DecisionTable.Column> columns = new ArrayList<>();
    for (Field f : Field.values()) {
      DecisionTable.Column c =
          table
              .column(f.headers)
              .orElseThrow(
                  () ->
                      table.missing(
                          f.headers.get(0)
                              + " (the columns are a,b,verdict: two record IDs and same|different)"));
      columns.add(c);
      names[f.ordinal()] = c.name();
    }
    List<Row> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    for (DelimitedTextReader.Row r : table.rows()) {
      String a = DecisionFile.unguard(columns.get(0).cell(r));
      String b = DecisionFile.unguard(columns.get(1).cell(r));
      String v = columns.get(2).cell(r);
      for (Field f : List.of(Field.A, Field.B)) {
        if ((f == Field.A ? a : b).isEmpty()) {
          problems.add(new RowProblem(table.file(), r.line(), names[f.ordinal()], "empty"));
        }
      }
      PairVerdict verdict = null;
      try {
        verdict = PairVerdict.parse(v);
      } catch (IllegalArgumentException e) {
        problems.add(
            new RowProblem(table.file(), r.line(), names[Field.VERDICT.ordinal()], e.getMessage()));
      }
      rows.add(new Row(r.line(), a, b, verdict));
    }
    return new PairVerdictFile(table.file(), rows, problems, names);
  }

  /** The pairs in file order (rows with a problem included). */
  public List<Row> rows() {
    return rows;
  }

  /** What is wrong with rows that could be read as text but not as verdicts. */
  public List<RowProblem> problems() {
    return problems;
  }

  public String file() {
    return file;
  }

  /** A problem with one field of a row, named as the file names that column. */
  public RowProblem problem(Row row, Field field, String problem) {
    return new RowProblem(file, row.line(), columnNames[field.ordinal()], problem);
  }
}
