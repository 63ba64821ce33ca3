package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a strategy into its search lines. One physical line is one search, except that a line
 * continues while a parenthesis is open (Web of Science blocks, indented PubMed queries) and when
 * it ends with, or the next line starts with, a Boolean operator ({@code OR "Wounds"[mesh]}).
 */
public final class LogicalLines {
  /** A search line: offsets {@code [start, end)} into the source text. */
  public record Segment(int start, int end) {}

  private static final Pattern LEADING_OPERATOR =
      Pattern.compile("^\\s*(?i:and|or|not)(?:\\s|\\(|$).*", Pattern.DOTALL);

  /** A line ending in an operator or a dangling field tag ({@code TS=}) continues. */
  private static final Pattern TRAILING_OPERATOR =
      Pattern.compile(".*(?:(?:^|\\s|\\))(?i:and|or|not)|=)\\s*$", Pattern.DOTALL);

  private LogicalLines() {}

  public static List<Segment> split(String text) {
    List<int[]> physical = physicalLines(text);
    List<Segment> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    int depth = 0;
    for (int k = 0; k < physical.size(); k++) {
      int[] line = physical.get(k);
      String content = text.substring(line[0], line[1]);
      if (content.isBlank()) {
        continue; // an open search (parenthesis, dangling operator) goes on after blank lines
      }
      if (start < 0) {
        start = line[0];
        depth = 0;
      }
      end = line[1];
      depth += depth(content);
      boolean continues =
          depth > 0
              || TRAILING_OPERATOR.matcher(content).matches()
              || nextStartsWithOperator(text, physical, k);
      if (!continues) {
        out.add(new Segment(start, end));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new Segment(start, end));
    }
    return out;
  }

  private static boolean nextStartsWithOperator(String text, List<int[]> physical, int k) {
    for (int n = k + 1; n < physical.size(); n++) {
      String next = text.substring(physical.get(n)[0], physical.get(n)[1]);
      if (!next.isBlank()) {
        return LEADING_OPERATOR.matcher(next).matches();
      }
    }
    return false;
  }

  /** Net parentheses opened on one line, outside brackets and quotes closed on the same line. */
  static int depth(String line) {
    int depth = 0;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '[') {
        int close = line.indexOf(']', i);
        i = close < 0 ? line.length() : close + 1;
        continue;
      }
      if (Lexer.isQuote(c)) {
        int close = nextQuote(line, i + 1);
        if (close >= 0) {
          i = close + 1;
          continue;
        }
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      i++;
    }
    return depth;
  }

  private static int nextQuote(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (Lexer.isQuote(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {start, end} of each physical line, without its line break. */
  static List<int[]> physicalLines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new int[] {start, text.length()});
    }
    return lines;
  }
}
