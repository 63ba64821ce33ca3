package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import org.winnow.strategies.ast.Span;

/**
 * The text being parsed, with offsets turned into lines and columns, and the warnings collected on
 * the way. Columns count characters from 1.
 */
public final class Source {
  private final String text;
  private final int[] lineStarts;
  private final List<ParseWarning> warnings = new ArrayList<>();

  public Source(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  public String text() {
    return text;
  }

  public int lineOf(int offset) {
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

  public int columnOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1] + 1;
  }

  public Span span(int start, int end) {
    return new Span(lineOf(start), columnOf(start), Math.max(0, end - start));
  }

  public StrategySyntaxException error(int offset, String problem) {
    int at = Math.min(Math.max(0, offset), text.length());
    return new StrategySyntaxException(lineOf(at), columnOf(at), problem);
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
