package org.winnow.core.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
 *
 * <p>Reads from a {@link Reader} through a small buffer, so a file of any size is read one row at a
 * time; a reader that fails on the way ends in an {@link UncheckedIOException}.
 */
public final class DelimitedTextReader {
  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[1 << 14];
  private int pos;
  private int end;
  private boolean eof;
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
    this(new StringReader(text.substring(Math.min(start, text.length()))), startLine, delimiter);
  }

  /**
   * @param in the text from the first row to read on (the caller closes it)
   * @param startLine the 1-based line number of that row
   */
  public DelimitedTextReader(Reader in, int startLine, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
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
    if (peek() < 0) {
      return null;
    }
    int rowLine = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      cell.setLength(0);
      if (peek() == '"') {
        readQuoted(cell, cells.size());
      }
      for (int c = peek(); c >= 0 && c != delimiter && !isLineBreak(c); c = peek()) {
        cell.append((char) c);
        pos++;
      }
      cells.add(cell.toString());
      if (peek() == delimiter) {
        pos++;
        continue;
      }
      skipLineBreak();
      return new Row(rowLine, List.copyOf(cells));
    }
  }

  private void readQuoted(StringBuilder cell, int column) throws UnterminatedQuote {
    int openLine = line;
    pos++;
    while (true) {
      int c = peek();
      if (c < 0) {
        throw new UnterminatedQuote(openLine, column);
      }
      if (c == '"') {
        pos++;
        if (peek() == '"') {
          cell.append('"');
          pos++;
          continue;
        }
        return;
      }
      if (c == '\r') {
        // keep the line break as \n and count it once, as ImportText does
        cell.append('\n');
        line++;
        pos++;
        if (peek() == '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        line++;
      }
      cell.append((char) c);
      pos++;
    }
  }

  private void skipLineBreak() {
    int c = peek();
    if (c < 0) {
      return;
    }
    pos++;
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    line++;
  }

  /** The character at pos, reading more text when the buffer is used up; -1 at the end. */
  private int peek() {
    if (pos < end) {
      return buffer[pos];
    }
    if (eof) {
      return -1;
    }
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        return -1;
      }
      pos = 0;
      end = n;
      return buffer[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r';
  }
}
