package org.winnow.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.winnow.core.project.ReviewProject;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.lucene.StrategyRun;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.StrategySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = {
      "Run a strategy against the project's citations: hits per line, the final count, "
          + "and for known relevant records (--seeds) which ones the final line misses and "
          + "where they drop out.",
      "Example: winnow strategy run review medline.txt --dialect ovid --seeds "
          + "31452104,29846473"
    })
final class StrategyRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Parameters(index = "1", paramLabel = "FILE", description = "The strategy file.")
  Path file;

  @Mixin StrategyCommand.DialectOption dialectOption;

  @Option(
      names = "--seeds",
      paramLabel = "IDS",
      description =
          "Record IDs known to be relevant (as the files gave them, e.g. PMIDs), separated by"
              + " commas or spaces, or @FILE with one per line.")
  String seeds;

  @Option(
      names = "--records",
      arity = "0..1",
      fallbackValue = "all",
      paramLabel = "LINES",
      description =
          "List the record IDs that each line retrieves: every line, or only the lines given"
              + " (e.g. --records=3,7).")
  String records;

  @Override
  public Integer call() throws Exception {
    ParseResult parsed;
    try {
      parsed = StrategySyntaxes.of(dialectOption.dialect).parse(StrategyCommand.read(file));
    } catch (StrategySyntaxException e) {
      throw StrategyCommand.syntaxError(file, e);
    }
    List<String> seedIds = seedIds();
    java.util.function.IntPredicate listed = listedLines();
    TranslationReport report = new TranslationReport(dialectOption.dialect.id(), "winnow index");
    StrategyRun run;
    try (ReviewProject p = project.open()) {
      run = p.strategies().run(parsed.strategy(), seedIds, report, listed);
    }
    String[] written =
        StrategySyntaxes.of(dialectOption.dialect)
            .render(
                parsed.strategy(),
                new TranslationReport(dialectOption.dialect.id(), dialectOption.dialect.id()))
            .split("\n");
    var out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(out, json(run, written, report, parsed));
    } else {
      text(out, run, written, report);
    }
    return ExitCodes.OK;
  }

  /** The lines whose records {@code --records} asks for. */
  private java.util.function.IntPredicate listedLines() {
    if (records == null) {
      return line -> false;
    }
    if (records.equals("all")) {
      return line -> true;
    }
    Set<Integer> lines = new LinkedHashSet<>();
    for (String part : records.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        lines.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--records takes line numbers such as 3,7, not '" + part + "'");
      }
    }
    return lines::contains;
  }

  private List<String> seedIds() throws BadInputException {
    if (seeds == null || seeds.isBlank()) {
      return List.of();
    }
    String text = seeds;
    if (seeds.startsWith("@")) {
      try {
        text = Files.readString(Path.of(seeds.substring(1)));
      } catch (java.io.IOException e) {
        throw new BadInputException(
            "cannot read seeds file " + seeds.substring(1) + ": " + e.getMessage());
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(ids::add);
    return List.copyOf(ids);
  }

  private static Map<String, Object> json(
      StrategyRun run, String[] written, TranslationReport report, ParseResult parsed) {
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (StrategyRun.LineHits l : run.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", l.number());
      if (l.label() != null) {
        m.put("label", l.label());
      }
      m.put("search", written[l.number() - 1]);
      m.put("hits", l.hits());
      if (l.error() != null) {
        m.put("error", l.error());
      }
      run.recordsOf(l.number()).ifPresent(r -> m.put("records", r.citations()));
      lines.add(m);
    }
    doc.put("lines", lines);
    doc.put("final", run.finalHits());
    if (!run.seeds().isEmpty()) {
      Map<String, Object> seeds = new LinkedHashMap<>();
      seeds.put("given", run.seeds().size());
      seeds.put("inProject", run.seeds().stream().filter(StrategyRun.SeedCheck::inProject).count());
      seeds.put("retrieved", run.seeds().stream().filter(StrategyRun.SeedCheck::retrieved).count());
      List<Map<String, Object>> missed = new ArrayList<>();
      for (StrategyRun.SeedCheck s : run.missed()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordId", s.recordId());
        m.put("lostAtLine", s.lostAtLine());
        m.put("matchingLines", s.matchingLines());
        missed.add(m);
      }
      seeds.put("missed", missed);
      seeds.put(
          "notInProject",
          run.seeds().stream()
              .filter(s -> !s.inProject())
              .map(StrategyRun.SeedCheck::recordId)
              .toList());
      doc.put("seeds", seeds);
    }
    doc.put("report", StrategyCommand.report(report));
    doc.put("warnings", StrategyCommand.warnings(parsed.warnings()));
    return doc;
  }

  private static void text(
      java.io.PrintWriter out, StrategyRun run, String[] written, TranslationReport report) {
    out.printf("%-5s %8s  %s%n", "line", "hits", "search");
    for (StrategyRun.LineHits l : run.lines()) {
      out.printf(
          "%-5d %8d  %s%s%n",
          l.number(),
          l.hits(),
          abbreviate(written[l.number() - 1]),
          l.error() == null ? "" : "  [error: " + l.error() + "]");
      run.recordsOf(l.number())
          .ifPresent(
              r ->
                  out.printf(
                      "%-5s %8s  records: %s%n",
                      "",
                      "",
                      r.citations().isEmpty()
                          ? "none"
                          : String.join(
                              "; ",
                              r.citations().stream().map(c -> String.join(", ", c)).toList())));
    }
    out.printf("final: %d citations%n", run.finalHits());
    if (!run.seeds().isEmpty()) {
      long inProject = run.seeds().stream().filter(StrategyRun.SeedCheck::inProject).count();
      long retrieved = run.seeds().stream().filter(StrategyRun.SeedCheck::retrieved).count();
      out.printf(
          "seeds: %d given, %d in the project, %d retrieved%n",
          run.seeds().size(), inProject, retrieved);
      for (StrategyRun.SeedCheck s : run.missed()) {
        out.printf(
            "  missed %s: drops out at line %d (found by lines %s)%n",
            s.recordId(), s.lostAtLine(), s.matchingLines());
      }
      run.seeds().stream()
          .filter(s -> !s.inProject())
          .forEach(s -> out.printf("  not in the project: %s%n", s.recordId()));
    }
    for (ReportEntry e : report.entries()) {
      out.println("  " + e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 97) + "..." : s;
  }
}
