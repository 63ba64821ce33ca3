package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.Translator;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.strategies.syntax.ParseWarning;
import org.winnow.strategies.syntax.StrategySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "translate",
    description = {
      "Translate a strategy into another dialect: the strategy on stdout, the report of "
          + "every lossy or approximate step on stderr.",
      "Example: winnow strategy translate medline.txt --from ovid --to pubmed > " + "pubmed.txt"
    })
final class StrategyTranslateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The strategy file.")
  Path file;

  @Option(
      names = "--from",
      paramLabel = "DIALECT",
      required = true,
      converter = StrategyCommand.DialectConverter.class,
      description = "The file's dialect.")
  Dialect from;

  @Option(
      names = "--to",
      paramLabel = "DIALECT",
      required = true,
      converter = StrategyCommand.DialectConverter.class,
      description = "The dialect to write.")
  Dialect to;

  @Option(
      names = "--json",
      description = "Print one JSON document (strategy, report, warnings) on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Translator.Translation t;
    try {
      t = Translator.translate(StrategyCommand.read(file), from, to);
    } catch (StrategySyntaxException e) {
      throw StrategyCommand.syntaxError(file, e);
    }
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("from", from.id());
      doc.put("to", to.id());
      doc.put("strategy", t.text());
      doc.put("report", StrategyCommand.report(t.report()));
      doc.put("warnings", StrategyCommand.warnings(t.warnings()));
      Output.json(spec.commandLine().getOut(), doc);
      return ExitCodes.OK;
    }
    spec.commandLine().getOut().print(t.text());
    var err = spec.commandLine().getErr();
    for (ParseWarning w : t.warnings()) {
      err.println("read: " + w);
    }
    for (ReportEntry e : t.report().entries()) {
      err.println(e);
    }
    err.printf(
        "%s to %s: %d report entries%s%n",
        from.id(), to.id(), t.report().entries().size(), t.report().isExact() ? " (exact)" : "");
    return ExitCodes.OK;
  }
}
