package org.winnow.strategies.ast;

import java.util.List;

/**
 * A database limit applied to a sub-query (Ovid {@code limit 5 to english language}). Languages and
 * years translate to fields; other limits are named as written ({@code humans}).
 */
public record Limit(Node target, List<Restriction> restrictions, Span span) implements Node {
  public Limit {
    restrictions = List.copyOf(restrictions);
    if (restrictions.isEmpty()) {
      throw new IllegalArgumentException("a limit needs a restriction");
    }
  }

  /** What a limit keeps. */
  public sealed interface Restriction {}

  /** Records in a language ({@code english}). */
  public record Language(String language) implements Restriction {}

  /** Records published in a range of years; null bounds are open. */
  public record Years(Integer from, Integer to) implements Restriction {}

  /** Any other limit of the database, lower-cased as written ({@code humans}). */
  public record Named(String name) implements Restriction {}

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.limit(this);
  }

  @Override
  public String toString() {
    return "limit(" + target + " to " + restrictions + ")";
  }
}
