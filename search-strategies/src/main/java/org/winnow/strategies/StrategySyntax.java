package org.winnow.strategies;

import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.StrategySyntaxException;

/** One dialect: reads its text into the shared tree and writes the tree back as its text. */
public interface StrategySyntax {
  Dialect dialect();

  ParseResult parse(String text) throws StrategySyntaxException;

  /** Writes the strategy; whatever cannot be written exactly is added to the report. */
  String render(Strategy strategy, TranslationReport report);
}
