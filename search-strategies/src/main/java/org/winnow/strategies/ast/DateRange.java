package org.winnow.strategies.ast;

/**
 * Records dated within a range, bounds as written ({@code 2019}, {@code 2019/11/01}); a null bound
 * is open ({@code Current}, {@code 3000}).
 */
public record DateRange(Field field, String from, String to, Span span) implements Node {
  public DateRange {
    if (!field.isDate()) {
      throw new IllegalArgumentException(field + " is not a date field");
    }
    if (from == null && to == null) {
      throw new IllegalArgumentException("a date range needs a bound");
    }
  }

  public static DateRange years(Integer from, Integer to) {
    return new DateRange(
        Field.PUBLICATION_DATE,
        from == null ? null : from.toString(),
        to == null ? null : to.toString(),
        Span.NONE);
  }

  /** The year of a bound (its first four digits), or null when open or not a year. */
  public static Integer year(String bound) {
    if (bound == null || bound.length() < 4) {
      return null;
    }
    String y = bound.substring(0, 4);
    return y.chars().allMatch(Character::isDigit) ? Integer.valueOf(y) : null;
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.dateRange(this);
  }

  @Override
  public String toString() {
    return field.label() + " " + (from == null ? "" : from) + "-" + (to == null ? "" : to);
  }
}
