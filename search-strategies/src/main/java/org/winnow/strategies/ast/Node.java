package org.winnow.strategies.ast;

/**
 * One node of a parsed search strategy. The tree is the same for every dialect: parsers build it,
 * renderers write it in a dialect, and the Lucene builder turns it into a query.
 */
public sealed interface Node permits Text, Bool, Near, Fielded, Heading, LineRef, Limit, DateRange {
  Span span();

  <R> R accept(NodeVisitor<R> visitor);
}
