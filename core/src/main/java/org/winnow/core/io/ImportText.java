package org.winnow.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of one file to import, with its name for error messages. Line endings CRLF, LF
 * and a bare CR all count as line breaks; a leading byte-order mark has already been removed.
 *
 * @param fileName name shown in errors
 * @param text the whole file as text
 * @param encoding the charset it was decoded from ("UTF-8", "UTF-16LE", "windows-1252"...)
 */
public record ImportText(String fileName, String text, String encoding) {

  /** The text split into lines (without their line breaks); line 1 is at index 0. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    lineIterator().forEachRemaining(out::add);
    return out;
  }

  /** The lines one at a time, without holding them all: for streaming importers of large files. */
  public java.util.Iterator<String> lineIterator() {
    return new java.util.Iterator<>() {
      private int start = 0;
      // where the next CR and LF are at or after start (text.length() when there is none); found
      // with indexOf, which scans many characters at once, and kept until start passes them
      private int cr = -1;
      private int lf = -1;

      @Override
      public boolean hasNext() {
        return start < text.length();
      }

      @Override
      public String next() {
        int n = text.length();
        if (start >= n) {
          throw new java.util.NoSuchElementException();
        }
        if (cr < start) {
          cr = next('\r');
        }
        if (lf < start) {
          lf = next('\n');
        }
        int end = Math.min(cr, lf);
        String line = text.substring(start, end);
        start = end == cr && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        return line;
      }

      private int next(char c) {
        int i = text.indexOf(c, start);
        return i < 0 ? text.length() : i;
      }
    };
  }

  /** A warning about this file. */
  public ImportWarning warning(int line, String field, String problem) {
    return new ImportWarning(fileName, line, field, problem);
  }

  /** Whether the text ends with a line break: a file cut at a random offset usually does not. */
  public boolean endsWithLineBreak() {
    return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
  }

  /** An error about this file. */
  public ImportException error(int line, String field, String problem) {
    return new ImportException(fileName, line, field, problem);
  }
}
