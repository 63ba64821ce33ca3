package org.winnow.strategies.ast;

/** A reference to an earlier line of the search history ({@code 1}, {@code #1}, {@code S1}). */
public record LineRef(int number, Span span) implements Node {
  public static LineRef of(int number) {
    return new LineRef(number, Span.NONE);
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.lineRef(this);
  }

  @Override
  public String toString() {
    return "#" + number;
  }
}
