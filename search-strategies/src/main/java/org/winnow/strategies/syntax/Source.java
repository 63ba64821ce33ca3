package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import org.winnow.strategies.ast.Span;

/**
 * The text being parsed, with offsets turned into lines and columns, and the warnings collected on
 * the way. Columns count characters from 1 in the text as pasted; parsers read it as {@link
 * PastedText} (PDF spaces, soft hyphens, curly quotes and dashes as the plain characters).
 */
public final class Source {
  private final String text;
  private final PastedText reading;
  private final int[] lineStarts;
  private final List<ParseWarning> warnings = new ArrayList<>();

  public Source(String pasted) {
    this.reading = PastedText.read(pasted);
    this.text = reading.text();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < pasted.length(); i++) {
      char c = pasted.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= pasted.length() || pasted.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    if (reading.changed() > 0) {
      warnings.add(
          new ParseWarning(
              pastedLine(reading.firstChange()),
              pastedColumn(reading.firstChange()),
              reading.changed()
                  + " character(s) of a PDF or web copy (non-breaking spaces, soft hyphens,"
                  + " curly quotes, dashes) read as plain spaces, quotes and hyphens"));
    }
  }

  public String text() {
    return text;
  }

  /** The line of an offset into {@link #text()}. */
  public int lineOf(int offset) {
    return pastedLine(reading.origin(offset));
  }

  private int pastedLine(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The column of an offset into {@link #text()}, counted in the text as pasted. */
  public int columnOf(int offset) {
    return pastedColumn(reading.origin(offset));
  }

  private int pastedColumn(int offset) {
    return offset - lineStarts[pastedLine(offset) - 1] + 1;
  }

  public Span span(int start, int end) {
    return new Span(lineOf(start), columnOf(start), Math.max(0, end - start));
  }

  public StrategySyntaxException error(int offset, String problem) {
    int at = Math.min(Math.max(0, offset), text.length());
    return new StrategySyntaxException(lineOf(at), columnOf(at), problem);
  }

  /** An error with the change that would make the line readable. */
  public StrategySyntaxException error(int offset, String problem, Fix fix) {
    int at = Math.min(Math.max(0, offset), text.length());
    return new StrategySyntaxException(lineOf(at), columnOf(at), problem, fix);
  }

  public void warn(int offset, String message) {
    int at = Math.min(Math.max(0, offset), text.length());
    warnings.add(new ParseWarning(lineOf(at), columnOf(at), message));
  }

  public void warn(Span at, String message) {
    warnings.add(new ParseWarning(at.line(), at.column(), message));
  }

  public List<ParseWarning> warnings() {
    return List.copyOf(warnings);
  }
}
