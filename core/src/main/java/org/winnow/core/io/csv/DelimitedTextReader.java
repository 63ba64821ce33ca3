package org.winnow.core.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads rows of delimiter-separated text as RFC 4180 describes (quoted cells may hold delimiters,
 * line breaks and doubled quotes), counting lines as {@link org.winnow.core.io.ImportText#lines()}
 * does (CRLF, LF and a bare CR each end a line) so errors name the line a user sees.
 *
 * <p>Own reader rather than Commons CSV: an unterminated quote must be reported with the line where
 * it opened and the column it is in, and text after a closing quote ({@code "abc" def}, common in
 * hand-edited files) is kept rather than rejected.
 */
public final class DelimitedTextReader {
  private final String text;
  private final char delimiter;
  private int pos;
  private int line;

  /** One row: the 1-based line it starts on and its cells, unquoted. */
  public record Row(int line, List<String> cells) {
    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** A quote that never closes. */
  public static final class UnterminatedQuote extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    UnterminatedQuote(int line, int column) {
      super("quoted value opened on line " + line + " is never closed");
      this.line = line;
      this.column = column;
    }

    /** The 1-based line where the quote opened. */
    public int line() {
      return line;
    }

    /** The 0-based cell the quote opened in. */
    public int column() {
      return column;
    }
  }

  /**
   * @param start character offset to start reading at (the header line)
   * @param startLine the 1-based line number of that offset
   */
  public DelimitedTextReader(String text, int start, int startLine, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
    this.pos = start;
    this.line = startLine;
  }

  /** Splits one line of text (no line breaks inside quotes considered) into cells. */
  public static List<String> splitLine(String lineText, char delimiter) {
    try {
      Row row = new DelimitedTextReader(lineText, 0, 1, delimiter).next();
      return row == null ? List.of() : row.cells();
    } catch (UnterminatedQuote e) {
      return List.of(lineText);
    }
  }

  /** The next row, or null at the end of the text. */
  public Row next() throws UnterminatedQuote {
    int n = text.length();
    if (pos >= n) {
      return null;
    }
    int rowLine = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      cell.setLength(0);
      if (pos < n && text.charAt(pos) == '"') {
        readQuoted(cell, cells.size());
      }
      while (pos < n && text.charAt(pos) != delimiter && !isLineBreak(text.charAt(pos))) {
        cell.append(text.charAt(pos++));
      }
      cells.add(cell.toString());
      if (pos < n && text.charAt(pos) == delimiter) {
        pos++;
        continue;
      }
      skipLineBreak();
      return new Row(rowLine, List.copyOf(cells));
    }
  }

  private void readQuoted(StringBuilder cell, int column) throws UnterminatedQuote {
    int n = text.length();
    int openLine = line;
    pos++;
    while (true) {
      if (pos >= n) {
        throw new UnterminatedQuote(openLine, column);
      }
      char c = text.charAt(pos);
      if (c == '"') {
        if (pos + 1 < n && text.charAt(pos + 1) == '"') {
          cell.append('"');
          pos += 2;
          continue;
        }
        pos++;
        return;
      }
      if (c == '\r') {
        // keep the line break as \n and count it once, as ImportText does
        cell.append('\n');
        line++;
        pos += pos + 1 < n && text.charAt(pos + 1) == '\n' ? 2 : 1;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      cell.append(c);
      pos++;
    }
  }

  private void skipLineBreak() {
    int n = text.length();
    if (pos >= n) {
      return;
    }
    char c = text.charAt(pos);
    if (c == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') {
      pos += 2;
    } else {
      pos++;
    }
    line++;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
