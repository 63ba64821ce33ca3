package org.winnow.strategies.syntax;

import java.util.List;
import org.winnow.strategies.ast.Strategy;

/** A parsed strategy and what was read leniently on the way. */
public record ParseResult(Strategy strategy, List<ParseWarning> warnings) {
  public ParseResult {
    warnings = List.copyOf(warnings);
  }
}
