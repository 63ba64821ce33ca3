package org.winnow.strategies.ast;

/**
 * Where a node was written: 1-based line and column of its first character and its length in
 * characters. {@link #NONE} marks nodes built by hand or by a translation.
 */
public record Span(int line, int column, int length) {
  public static final Span NONE = new Span(0, 0, 0);

  /**
   * The smallest span covering both (on the first one's line when they start on different lines).
   */
  public Span to(Span end) {
    if (this == NONE || end == NONE) {
      return this == NONE ? end : this;
    }
    if (end.line != line) {
      return this;
    }
    return new Span(line, column, Math.max(length, end.column + end.length - column));
  }

  @Override
  public String toString() {
    return this == NONE ? "-" : line + ":" + column;
  }
}
