package org.winnow.strategies.ast;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A sub-query restricted to fields ({@code (a or b).ti,ab.}, {@code a[tiab]}, {@code TS=(a)}). */
public record Fielded(Set<Field> fields, Node inner, Span span) implements Node {
  public Fielded {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no fields");
    }
    fields = java.util.Collections.unmodifiableSet(EnumSet.copyOf(fields));
  }

  public static Fielded of(Node inner, Field... fields) {
    return new Fielded(EnumSet.copyOf(List.of(fields)), inner, Span.NONE);
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.fielded(this);
  }

  @Override
  public String toString() {
    return inner
        + " in "
        + new TreeSet<>(fields).stream().map(Field::label).collect(Collectors.joining(", "));
  }
}
