package org.winnow.ui.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.io.TextDecoder;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseWarning;
import org.winnow.strategies.syntax.StrategySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Database search strategies: parse, translate between dialects, run against a project. */
@Command(
    name = "strategy",
    description = {
      "Search strategies in Ovid, PubMed, EBSCOhost, Web of Science or Scopus syntax.",
      "Dialects: ovid, pubmed, ebsco, wos, scopus."
    },
    subcommands = {
      StrategyParseCommand.class,
      StrategyTranslateCommand.class,
      StrategyRunCommand.class
    })
final class StrategyCommand {
  private StrategyCommand() {}

  /** {@code --dialect}, shared by the verbs that read one strategy. */
  static final class DialectOption {
    @CommandLine.Option(
        names = "--dialect",
        paramLabel = "DIALECT",
        required = true,
        converter = DialectConverter.class,
        description = "ovid, pubmed, ebsco, wos or scopus.")
    Dialect dialect;
  }

  /** Reads {@code --dialect ovid} and friends; an unknown name is a usage error. */
  static final class DialectConverter implements CommandLine.ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
      return Dialect.byId(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown dialect '" + value + "' (use " + Dialect.ids() + ")"));
    }
  }

  /** The strategy file's text, whatever its encoding. */
  static String read(Path file) throws BadInputException {
    try {
      return TextDecoder.decodeText(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** A syntax error as bad input naming the file, line and column. */
  static BadInputException syntaxError(Path file, StrategySyntaxException e) {
    return new BadInputException(file.getFileName() + ": " + e.getMessage());
  }

  static List<Map<String, Object>> warnings(List<ParseWarning> warnings) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ParseWarning w : warnings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", w.line());
      m.put("column", w.column());
      m.put("message", w.message());
      out.add(m);
    }
    return out;
  }

  static List<Map<String, Object>> report(TranslationReport report) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportEntry e : report.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", e.line());
      m.put("severity", e.severity().name().toLowerCase(java.util.Locale.ROOT));
      m.put("message", e.message());
      out.add(m);
    }
    return out;
  }
}
