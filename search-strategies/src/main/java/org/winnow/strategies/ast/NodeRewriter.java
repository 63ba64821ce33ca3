package org.winnow.strategies.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rebuilds a tree bottom-up; subclasses override the node types they change. The default keeps
 * every node as it is, with its rebuilt children.
 */
public class NodeRewriter implements NodeVisitor<Node> {
  public Node rewrite(Node node) {
    return node.accept(this);
  }

  protected List<Node> rewriteAll(List<Node> nodes) {
    return nodes.stream().map(this::rewrite).collect(Collectors.toList());
  }

  @Override
  public Node text(Text node) {
    return node;
  }

  @Override
  public Node bool(Bool node) {
    return new Bool(node.op(), rewriteAll(node.operands()), node.span());
  }

  @Override
  public Node near(Near node) {
    return new Near(rewriteAll(node.operands()), node.maxGap(), node.ordered(), node.span());
  }

  @Override
  public Node fielded(Fielded node) {
    return new Fielded(node.fields(), rewrite(node.inner()), node.span());
  }

  @Override
  public Node heading(Heading node) {
    return node;
  }

  @Override
  public Node lineRef(LineRef node) {
    return node;
  }

  @Override
  public Node limit(Limit node) {
    return new Limit(rewrite(node.target()), node.restrictions(), node.span());
  }

  @Override
  public Node dateRange(DateRange node) {
    return node;
  }
}
