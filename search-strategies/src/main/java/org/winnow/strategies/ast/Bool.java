package org.winnow.strategies.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Boolean combination. {@code NOT} keeps the first operand and removes records matching any of
 * the others ({@code a NOT b NOT c}).
 */
public record Bool(Op op, List<Node> operands, Span span) implements Node {
  public enum Op {
    AND,
    OR,
    NOT
  }

  public Bool {
    operands = List.copyOf(operands);
    if (operands.size() < 2) {
      throw new IllegalArgumentException(op + " needs two operands");
    }
  }

  public static Bool and(Node... operands) {
    return new Bool(Op.AND, List.of(operands), Span.NONE);
  }

  public static Bool or(Node... operands) {
    return new Bool(Op.OR, List.of(operands), Span.NONE);
  }

  public static Bool not(Node... operands) {
    return new Bool(Op.NOT, List.of(operands), Span.NONE);
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.bool(this);
  }

  @Override
  public String toString() {
    return operands.stream()
        .map(Node::toString)
        .collect(Collectors.joining(" " + op + " ", "(", ")"));
  }
}
