package org.winnow.strategies;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.render.EbscoRenderer;
import org.winnow.strategies.render.OvidRenderer;
import org.winnow.strategies.render.PubmedRenderer;
import org.winnow.strategies.render.Renderer;
import org.winnow.strategies.render.ScopusRenderer;
import org.winnow.strategies.render.WosRenderer;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.StrategyParser;
import org.winnow.strategies.syntax.StrategySyntaxException;
import org.winnow.strategies.syntax.ebsco.EbscoParser;
import org.winnow.strategies.syntax.ovid.OvidParser;
import org.winnow.strategies.syntax.pubmed.PubmedParser;
import org.winnow.strategies.syntax.scopus.ScopusParser;
import org.winnow.strategies.syntax.wos.WosParser;

/** The registry of dialects: one parser and one renderer each. */
public final class StrategySyntaxes {
  private static final Map<Dialect, StrategySyntax> ALL = new EnumMap<>(Dialect.class);

  static {
    register(Dialect.OVID, OvidParser::new, OvidRenderer::new);
    register(Dialect.PUBMED, PubmedParser::new, PubmedRenderer::new);
    register(Dialect.EBSCO, EbscoParser::new, EbscoRenderer::new);
    register(Dialect.WOS, WosParser::new, WosRenderer::new);
    register(Dialect.SCOPUS, ScopusParser::new, ScopusRenderer::new);
  }

  private StrategySyntaxes() {}

  private static void register(
      Dialect dialect, Supplier<StrategyParser> parser, Supplier<Renderer> renderer) {
    ALL.put(
        dialect,
        new StrategySyntax() {
          @Override
          public Dialect dialect() {
            return dialect;
          }

          @Override
          public ParseResult parse(String text) throws StrategySyntaxException {
            return parser.get().parse(text);
          }

          @Override
          public String render(Strategy strategy, TranslationReport report) {
            return renderer.get().render(strategy, report);
          }
        });
  }

  public static StrategySyntax of(Dialect dialect) {
    return ALL.get(dialect);
  }

  public static List<StrategySyntax> all() {
    return List.copyOf(ALL.values());
  }
}
