package org.winnow.strategies.ast;

/** One method per node type; passes over the tree implement it. */
public interface NodeVisitor<R> {
  R text(Text node);

  R bool(Bool node);

  R near(Near node);

  R fielded(Fielded node);

  R heading(Heading node);

  R lineRef(LineRef node);

  R limit(Limit node);

  R dateRange(DateRange node);
}
