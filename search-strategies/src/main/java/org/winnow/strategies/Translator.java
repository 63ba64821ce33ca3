package org.winnow.strategies;

import java.util.List;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.ParseWarning;
import org.winnow.strategies.syntax.StrategySyntaxException;

/** Dialect to tree to dialect, with the report of every step that is not exact. */
public final class Translator {
  private Translator() {}

  /** The translated text, the report, and what the parser read leniently in the source. */
  public record Translation(String text, TranslationReport report, List<ParseWarning> warnings) {}

  public static Translation translate(String text, Dialect from, Dialect to)
      throws StrategySyntaxException {
    ParseResult parsed = StrategySyntaxes.of(from).parse(text);
    TranslationReport report = new TranslationReport(from.id(), to.id());
    String out = StrategySyntaxes.of(to).render(parsed.strategy(), report);
    return new Translation(out, report, parsed.warnings());
  }
}
