package org.winnow.strategies.syntax;

/**
 * An infix operator found at a token: Boolean, or proximity with its gap (words allowed in between)
 * and order. {@code width} is how many tokens it takes (0 for an implicit AND).
 */
public record Operator(Kind kind, int gap, boolean ordered, int width) {
  public enum Kind {
    AND,
    OR,
    NOT,
    NEAR
  }

  public static Operator bool(Kind kind, int width) {
    return new Operator(kind, 0, false, width);
  }

  public static Operator near(int gap, boolean ordered, int width) {
    return new Operator(Kind.NEAR, gap, ordered, width);
  }
}
