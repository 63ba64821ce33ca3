package org.winnow.strategies.ast;

import java.util.List;
import java.util.stream.Collectors;

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
  public record Language(String language) implements Restriction {
    @Override
    public String toString() {
      return language + " language";
    }
  }

  /** Records published in a range of years; null bounds are open. */
  public record Years(Integer from, Integer to) implements Restriction {
    @Override
    public String toString() {
      return "years " + (from == null ? "" : from) + "-" + (to == null ? "current" : to);
    }
  }

  /**
   * Records dated within a range on another date field (Ovid {@code ed=20190101-20201231}: entry
   * date; {@code dt=}: date created); bounds as {@code 2019/01/01}, null when open.
   */
  public record Dates(Field field, String from, String to) implements Restriction {
    public Dates {
      if (!field.isDate()) {
        throw new IllegalArgumentException(field + " is not a date field");
      }
    }

    @Override
    public String toString() {
      return field.label() + " " + (from == null ? "" : from) + "-" + (to == null ? "" : to);
    }
  }

  /** Any other limit of the database, lower-cased as written ({@code humans}). */
  public record Named(String name) implements Restriction {
    @Override
    public String toString() {
      return name;
    }
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.limit(this);
  }

  @Override
  public String toString() {
    return "limit "
        + target
        + " to "
        + restrictions.stream().map(Object::toString).collect(Collectors.joining(" and "));
  }
}
