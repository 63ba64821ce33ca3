package org.winnow.strategies.ast;

import java.util.List;
import java.util.Optional;

/** A parsed search strategy: its lines in order; the last one is the final search. */
public record Strategy(List<SearchLine> lines) {
  public Strategy {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a strategy needs a line");
    }
  }

  public static Strategy of(Node... queries) {
    java.util.List<SearchLine> lines = new java.util.ArrayList<>();
    for (Node q : queries) {
      lines.add(SearchLine.of(lines.size() + 1, q));
    }
    return new Strategy(lines);
  }

  public SearchLine last() {
    return lines.get(lines.size() - 1);
  }

  public Optional<SearchLine> line(int number) {
    return lines.stream().filter(l -> l.number() == number).findFirst();
  }
}
