package org.winnow.core.ranking;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.io.ImportException;

/**
 * Reads a labelled screening set from CSV as ASReview and the SYNERGY and Cohen (2006) sets have
 * them: a header row, {@code title}, {@code abstract}, optional {@code keywords} and {@code mesh},
 * an ID column ({@code record_id}, {@code ID} or {@code id}, else the line), and one label column
 * holding 1 / 0 (also true / false, yes / no). Every problem names the file, line and column.
 */
public final class LabelledSetCsv {
  /** The label column when none is named: the final inclusion, as ASReview's benchmark sets. */
  public static final String DEFAULT_LABEL = "label_included";

  private static final List<String> ID_COLUMNS = List.of("record_id", "id", "pubmedid");
  private static final Set<String> YES = Set.of("1", "1.0", "true", "yes", "y", "included");
  private static final Set<String> NO = Set.of("0", "0.0", "false", "no", "n", "excluded");

  private LabelledSetCsv() {}

  public static LabelledSet read(Path file, String labelColumn) throws ImportException {
    String name = file.toString();
    String label = labelColumn == null ? DEFAULT_LABEL : labelColumn;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(reader)) {
      Map<String, String> columns = columns(parser.getHeaderNames());
      String labelHeader = columns.get(label.toLowerCase(Locale.ROOT));
      if (labelHeader == null) {
        throw new ImportException(
            name,
            1,
            label,
            "no such column in the header (columns: " + parser.getHeaderNames() + ")");
      }
      if (!columns.containsKey("title") && !columns.containsKey("abstract")) {
        throw new ImportException(name, 1, "title", "the header has neither title nor abstract");
      }
      List<LabelledItem> items = new ArrayList<>();
      long lineBefore = parser.getCurrentLineNumber();
      Iterator<CSVRecord> rows = parser.iterator();
      while (next(rows, name, lineBefore + 1)) {
        CSVRecord row = rows.next();
        int line = (int) lineBefore + 1;
        lineBefore = parser.getCurrentLineNumber();
        String value = cell(row, labelHeader).strip().toLowerCase(Locale.ROOT);
        boolean relevant;
        if (YES.contains(value)) {
          relevant = true;
        } else if (NO.contains(value)) {
          relevant = false;
        } else {
          throw new ImportException(
              name,
              line,
              labelHeader,
              value.isEmpty()
                  ? "no label: every row of a simulation needs 1 (relevant) or 0"
                  : "'" + value + "' is not a label: use 1 (relevant) or 0");
        }
        String id = id(row, columns);
        items.add(
            new LabelledItem(
                new RankingText(
                    id.isEmpty() ? "line " + line : id,
                    cell(row, columns.get("title")),
                    cell(row, columns.get("abstract")),
                    cell(row, columns.get("keywords")),
                    cell(row, columns.get("mesh"))),
                relevant,
                line));
      }
      if (items.isEmpty()) {
        throw new ImportException(name, 1, null, "the file has a header but no rows");
      }
      if (items.stream().noneMatch(LabelledItem::relevant)) {
        throw new ImportException(
            name,
            1,
            labelHeader,
            "no row is labelled relevant (1): a simulation needs at least one include");
      }
      return new LabelledSet(file.getFileName().toString(), items);
    } catch (NoSuchFileException e) {
      throw new ImportException(name, 0, null, "no such file");
    } catch (CharacterCodingException e) {
      throw new ImportException(name, 0, null, "not UTF-8 text");
    } catch (IllegalArgumentException e) {
      // commons-csv rejects an empty or duplicated header
      throw new ImportException(name, 1, null, "bad header: " + e.getMessage());
    } catch (IOException e) {
      throw new ImportException(name, 0, null, "cannot read: " + e.getMessage());
    }
  }

  /** Lower-cased header name to the header as written (first one wins). */
  private static Map<String, String> columns(List<String> headers) {
    Map<String, String> columns = new HashMap<>();
    for (String h : headers) {
      columns.putIfAbsent(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), h);
    }
    return columns;
  }

  private static boolean next(Iterator<CSVRecord> rows, String name, long line)
      throws ImportException {
    try {
      return rows.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ImportException(name, (int) line, null, "malformed CSV (an unclosed quote?)");
    }
  }

  private static String id(CSVRecord row, Map<String, String> columns) {
    for (String c : ID_COLUMNS) {
      String header = columns.get(c);
      if (header != null && !cell(row, header).isBlank()) {
        return cell(row, header).strip();
      }
    }
    return "";
  }

  private static String cell(CSVRecord row, String header) {
    if (header == null || !row.isSet(header)) {
      return "";
    }
    return row.get(header);
  }
}
