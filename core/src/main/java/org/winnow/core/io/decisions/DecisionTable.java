package org.winnow.core.io.decisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.io.csv.DelimitedTextReader;

/**
 * The rows of a decision file under its header, as people have them: comma, semicolon or tab
 * (whichever the header line splits into the most known columns), any byte-order mark and encoding
 * {@link TextDecoder} reads, headers compared ignoring case, spaces and punctuation ("Record ID" =
 * "record_id"). A quote that never closes is reported with its line and column.
 */
final class DecisionTable {
  /** Largest decision file read (a review's decision file is a few megabytes at most). */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final char[] SEPARATORS = {',', ';', '\t'};

  private final String file;
  private final int headerLine;
  private final List<String> header;
  private final List<DelimitedTextReader.Row> rows;

  private DecisionTable(
      String file, int headerLine, List<String> header, List<DelimitedTextReader.Row> rows) {
    this.file = file;
    this.headerLine = headerLine;
    this.header = header;
    this.rows = rows;
  }

  /** A named column: its 0-based index and its header as the file writes it. */
  record Column(int index, String name) {
    String cell(DelimitedTextReader.Row row) {
      return index < row.cells().size() ? row.cells().get(index).strip() : "";
    }
  }

  /**
   * Reads a file; the header is its first non-blank line and decides the separator.
   *
   * @param knownHeaders every header (normalised) the caller recognises, to choose the separator
   */
  static DecisionTable read(Path path, List<String> knownHeaders) throws ImportException {
    String file = path.getFileName().toString();
    ImportText text;
    try {
      if (!Files.isRegularFile(path)) {
        throw new ImportException(file, 0, null, "no such file " + path);
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new ImportException(file, 0, null, "larger than " + MAX_BYTES + " bytes");
      }
      text = TextDecoder.decode(file, path);
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "cannot read: " + e.getMessage());
    }
    String s = text.text();
    int offset = 0;
    int line = 1;
    while (offset < s.length()) {
      int end = offset;
      while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
        end++;
      }
      if (!s.substring(offset, end).isBlank()) {
        break;
      }
      offset =
          end < s.length() - 1 && s.charAt(end) == '\r' && s.charAt(end + 1) == '\n'
              ? end + 2
              : end + 1;
      line++;
    }
    if (offset >= s.length()) {
      throw new ImportException(file, 0, null, "empty file: expected a header line");
    }
    int end = offset;
    while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
      end++;
    }
    char separator = separator(s.substring(offset, end), knownHeaders);
    DelimitedTextReader reader = new DelimitedTextReader(s, offset, line, separator);
    List<String> header;
    List<DelimitedTextReader.Row> rows = new ArrayList<>();
    List<String> headerCells = List.of();
    try {
      DelimitedTextReader.Row first = reader.next();
      headerCells = first.cells().stream().map(String::strip).toList();
      header = headerCells;
      for (DelimitedTextReader.Row row = reader.next(); row != null; row = reader.next()) {
        if (!row.isBlank()) {
          rows.add(row);
        }
      }
    } catch (DelimitedTextReader.UnterminatedQuote e) {
      int column = e.column();
      String name = column < headerCells.size() ? headerCells.get(column) + " " : "";
      throw new ImportException(
          file,
          e.line(),
          name + "(column " + (column + 1) + ")",
          "a quoted value opens on this line and is never closed (a missing '\"'?)");
    }
    return new DecisionTable(file, line, header, rows);
  }

  private static char separator(String headerLine, List<String> known) {
    char best = ',';
    long bestKnown = -1;
    int bestCells = 0;
    for (char d : SEPARATORS) {
      List<String> cells = DelimitedTextReader.splitLine(headerLine, d);
      long k = cells.stream().map(DecisionTable::normalise).filter(known::contains).count();
      if (k > bestKnown || (k == bestKnown && cells.size() > bestCells)) {
        best = d;
        bestKnown = k;
        bestCells = cells.size();
      }
    }
    return best;
  }

  /** A header as compared: lower case, letters and digits only ("Record ID" → "recordid"). */
  static String normalise(String header) {
    StringBuilder s = new StringBuilder();
    header
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(s::appendCodePoint);
    return s.toString();
  }

  /** The first of these headers (normalised, in priority order) that the file has. */
  Optional<Column> column(List<String> aliases) {
    for (String alias : aliases) {
      for (int i = 0; i < header.size(); i++) {
        if (normalise(header.get(i)).equals(alias)) {
          return Optional.of(new Column(i, header.get(i)));
        }
      }
    }
    return Optional.empty();
  }

  /** A missing column, named by the header line. */
  ImportException missing(String what) {
    return new ImportException(
        file, headerLine, null, "no " + what + " column (the header has " + header + ")");
  }

  String file() {
    return file;
  }

  List<DelimitedTextReader.Row> rows() {
    return rows;
  }
}
