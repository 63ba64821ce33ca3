package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.TreeMaps;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.ParseWarning;
import org.winnow.strategies.syntax.StrategySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "parse",
    description = {
      "Parse a strategy and print its tree and the warnings (what was read leniently).",
      "Example: winnow strategy parse medline.txt --dialect ovid"
    })
final class StrategyParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The strategy file.")
  Path file;

  @Mixin StrategyCommand.DialectOption dialectOption;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ParseResult result;
    try {
      result = StrategySyntaxes.of(dialectOption.dialect).parse(StrategyCommand.read(file));
    } catch (StrategySyntaxException e) {
      throw StrategyCommand.syntaxError(file, e);
    }
    var out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("file", file.toString());
      doc.put("dialect", dialectOption.dialect.id());
      doc.put("lines", TreeMaps.of(result.strategy()));
      doc.put("warnings", StrategyCommand.warnings(result.warnings()));
      Output.json(out, doc);
      return ExitCodes.OK;
    }
    String[] written =
        StrategySyntaxes.of(dialectOption.dialect)
            .render(
                result.strategy(),
                new TranslationReport(dialectOption.dialect.id(), dialectOption.dialect.id()))
            .split("\n");
    for (SearchLine l : result.strategy().lines()) {
      out.printf(
          "%d%s  %s%n",
          l.number(), l.label() == null ? "" : " [" + l.label() + "]", written[l.number() - 1]);
      out.printf("    %s%n", l.query());
    }
    out.printf(
        "%d lines, %d warnings%n", result.strategy().lines().size(), result.warnings().size());
    for (ParseWarning w : result.warnings()) {
      out.printf("  warning: %s%n", w);
    }
    return ExitCodes.OK;
  }
}
