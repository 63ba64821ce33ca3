package org.winnow.strategies.ast;

import java.util.List;

/**
 * A controlled-vocabulary heading (MeSH, CINAHL Headings): {@code explode} includes the narrower
 * headings of the thesaurus, {@code major} only where it is a major topic, {@code subheadings}
 * restricts it to those qualifiers (lower-case codes or names as written).
 */
public record Heading(
    String name, boolean explode, boolean major, List<String> subheadings, Span span)
    implements Node {
  public Heading {
    name = name.strip();
    subheadings = List.copyOf(subheadings);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty heading");
    }
  }

  public static Heading of(String name, boolean explode) {
    return new Heading(name, explode, false, List.of(), Span.NONE);
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.heading(this);
  }

  @Override
  public String toString() {
    return (explode ? "exp " : "")
        + (major ? "*" : "")
        + name
        + "/"
        + String.join(",", subheadings);
  }
}
