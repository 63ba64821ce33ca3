package org.winnow.strategies.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Proximity: the operands occur with at most {@code maxGap} other words between neighbours, in the
 * written order when {@code ordered}. Ovid {@code adj3} is gap 2 in any order, {@code adj} gap 0 in
 * order; EBSCO {@code N3}, Web of Science {@code NEAR/3} and Scopus {@code W/3} are gap 3.
 */
public record Near(List<Node> operands, int maxGap, boolean ordered, Span span) implements Node {
  public Near {
    operands = List.copyOf(operands);
    if (operands.size() < 2 || maxGap < 0) {
      throw new IllegalArgumentException("proximity needs two operands and a gap >= 0");
    }
  }

  public static Near of(int maxGap, Node... operands) {
    return new Near(List.of(operands), maxGap, false, Span.NONE);
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.near(this);
  }

  @Override
  public String toString() {
    return operands.stream()
        .map(Node::toString)
        .collect(
            Collectors.joining(" NEAR/" + maxGap + " ", "(", ordered ? ", in this order)" : ")"));
  }
}
