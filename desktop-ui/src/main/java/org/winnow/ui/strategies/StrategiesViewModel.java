package org.winnow.ui.strategies;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.project.ReviewProject;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.Translator;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.lucene.StrategyRun;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.ParseResult;
import org.winnow.strategies.syntax.ParseWarning;
import org.winnow.strategies.syntax.StrategySyntaxException;
import org.winnow.ui.common.AppContext;

/**
 * A database search strategy opened or pasted: checked as it is typed (errors and lenient reads
 * marked on their line and column), translated into another dialect with the report of every lossy
 * step, and run against the open project (hits per line, the seed records found).
 */
public final class StrategiesViewModel {
  /** An error stops the strategy being read; a warning is something read leniently. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** One problem the parser found, where it is. */
  public record Problem(Severity severity, int line, int column, String message) {
    @Override
    public String toString() {
      return (severity == Severity.ERROR ? "Error" : "Read leniently")
          + " at line "
          + line
          + ", column "
          + column
          + ": "
          + message;
    }
  }

  /** One line of the text as typed, with the problems found on it. */
  public record SourceLine(int number, String text, List<Problem> problems) {
    public SourceLine {
      problems = List.copyOf(problems);
    }

    public boolean hasError() {
      return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
  }

  /** One search line run against the project. */
  public record LineHits(int number, String label, String search, int hits, String error) {}

  /**
   * One seed record: found by the final line, missed (and where it drops out), or not in the
   * project.
   */
  public record SeedRow(String recordId, boolean found, String status) {}

  private final AppContext context;
  private final StringProperty text = new SimpleStringProperty("");
  private final ObjectProperty<Dialect> dialect = new SimpleObjectProperty<>(Dialect.OVID);
  private final ObjectProperty<Dialect> target = new SimpleObjectProperty<>(Dialect.PUBMED);
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final ObservableList<SourceLine> lines = FXCollections.observableArrayList();
  private final ObjectProperty<Problem> error = new SimpleObjectProperty<>();
  private final StringProperty checkSummary = new SimpleStringProperty("");
  private final StringProperty translation = new SimpleStringProperty("");
  private final ObservableList<ReportEntry> report = FXCollections.observableArrayList();
  private final StringProperty translationSummary = new SimpleStringProperty("");
  private final StringProperty seeds = new SimpleStringProperty("");
  private final ObservableList<LineHits> hits = FXCollections.observableArrayList();
  private final ObservableList<SeedRow> seedRows = FXCollections.observableArrayList();
  private final StringProperty runSummary = new SimpleStringProperty("");
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

  public StrategiesViewModel(AppContext context) {
    this.context = context;
    text.addListener((obs, old, now) -> check());
    dialect.addListener((obs, old, now) -> check());
    check();
  }

  /** Reads a strategy file (any encoding) into the editor. */
  public void open(Path f) {
    try {
      String read = TextDecoder.decode(f.getFileName().toString(), f).text();
      file.set(f);
      text.set(read);
      message.set("Opened " + f.getFileName());
    } catch (IOException | ImportException e) {
      message.set("Cannot read " + f.getFileName() + ": " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- checking

  /** Parses the text in the chosen dialect and marks what the parser says, where it says it. */
  public void check() {
    String t = text.get() == null ? "" : text.get();
    List<Problem> found = new ArrayList<>();
    Problem stop = null;
    int searchLines = 0;
    if (!t.isBlank()) {
      try {
        ParseResult r = StrategySyntaxes.of(dialect.get()).parse(t);
        searchLines = r.strategy().lines().size();
        for (ParseWarning w : r.warnings()) {
          found.add(new Problem(Severity.WARNING, w.line(), w.column(), w.message()));
        }
      } catch (StrategySyntaxException e) {
        String said = e.fix() == null ? e.problem() : e.problem() + "; fix: " + e.fix();
        stop = new Problem(Severity.ERROR, e.line(), e.column(), said);
        found.add(0, stop);
      }
    }
    error.set(stop);
    problems.setAll(found);
    lines.setAll(sourceLines(t, found));
    checkSummary.set(
        t.isBlank()
            ? "Open a strategy file or paste one, then pick its dialect."
            : stop != null
                ? stop.toString()
                : searchLines
                    + " search line"
                    + (searchLines == 1 ? "" : "s")
                    + " read as "
                    + dialect.get().label()
                    + (found.isEmpty() ? "" : ", " + found.size() + " read leniently"));
  }

  static List<SourceLine> sourceLines(String t, List<Problem> found) {
    List<SourceLine> out = new ArrayList<>();
    if (t.isEmpty()) {
      return out;
    }
    String[] split = t.split("\r\n|\r|\n"); // no empty line after the last line break
    for (int i = 0; i < split.length; i++) {
      int number = i + 1;
      out.add(
          new SourceLine(
              number, split[i], found.stream().filter(p -> p.line() == number).toList()));
    }
    return out;
  }

  /** The offset in the text of a line and column (both from 1), for placing the caret. */
  public int offsetOf(int line, int column) {
    return offsetOf(text.get() == null ? "" : text.get(), line, column);
  }

  static int offsetOf(String t, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset <= t.length(); l++) {
      int next = t.indexOf('\n', offset);
      if (next < 0) {
        return t.length();
      }
      offset = next + 1;
    }
    return Math.min(t.length(), offset + Math.max(0, column - 1));
  }

  // ---------------------------------------------------------------- translating

  /** Writes the strategy in the target dialect, with every lossy or approximate step reported. */
  public void translate() {
    try {
      Translator.Translation t = Translator.translate(text.get(), dialect.get(), target.get());
      translation.set(t.text());
      report.setAll(t.report().entries());
      translationSummary.set(
          dialect.get().label()
              + " to "
              + target.get().label()
              + ": "
              + (t.report().isExact()
                  ? "exact"
                  : t.report().entries().size() + " step(s) to check in the report"));
      message.set("Translated into " + target.get().label());
    } catch (StrategySyntaxException e) {
      translation.set("");
      report.clear();
      translationSummary.set("Not translated: fix the error first (" + e.getMessage() + ")");
    }
  }

  // ---------------------------------------------------------------- running

  /**
   * Runs the strategy against the open project's citations in the background: hits per line and,
   * for the seed IDs given, which ones the final line finds.
   */
  public void run() {
    ReviewProject p = context.session().project();
    if (p == null) {
      message.set("Open a project to run the strategy against.");
      return;
    }
    ParseResult parsed;
    try {
      parsed = StrategySyntaxes.of(dialect.get()).parse(text.get());
    } catch (StrategySyntaxException e) {
      runSummary.set("Not run: fix the error first (" + e.getMessage() + ")");
      return;
    }
    Dialect d = dialect.get();
    String source = text.get();
    List<String> seedIds = seedIds(seeds.get());
    running.set(true);
    context
        .tasks()
        .run(
            "Running the strategy",
            (progress, cancel) -> {
              progress.report("bringing the project index up to date", 0, 2);
              p.index();
              if (cancel.cancelled()) {
                return null;
              }
              progress.report("searching " + parsed.strategy().lines().size() + " lines", 1, 2);
              TranslationReport r = new TranslationReport(d.id(), "winnow index");
              StrategyRun run = p.strategies().run(parsed.strategy(), seedIds, r);
              progress.report("done", 2, 2);
              return cancel.cancelled() ? null : run;
            },
            run -> {
              running.set(false);
              if (run == null) {
                runSummary.set("Run cancelled: nothing counted.");
                return;
              }
              show(run, parsed, d, source);
            },
            e -> {
              running.set(false);
              runSummary.set("The run failed: " + e.getMessage());
            });
  }

  private void show(StrategyRun run, ParseResult parsed, Dialect d, String source) {
    String[] rendered =
        StrategySyntaxes.of(d)
            .render(parsed.strategy(), new TranslationReport(d.id(), d.id()))
            .split("\n");
    List<LineHits> rows = new ArrayList<>();
    for (StrategyRun.LineHits l : run.lines()) {
      String search =
          parsed
              .strategy()
              .line(l.number())
              .map(line -> asWritten(source, line.span()))
              .orElse(null);
      if (search == null) {
        search = l.number() - 1 < rendered.length ? rendered[l.number() - 1] : "";
      }
      rows.add(new LineHits(l.number(), l.label(), search, l.hits(), l.error()));
    }
    hits.setAll(rows);
    List<SeedRow> seedList = new ArrayList<>();
    for (StrategyRun.SeedCheck s : run.seeds()) {
      seedList.add(new SeedRow(s.recordId(), s.retrieved(), seedStatus(s)));
    }
    seedRows.setAll(seedList);
    long inProject = run.seeds().stream().filter(StrategyRun.SeedCheck::inProject).count();
    long found = run.seeds().stream().filter(StrategyRun.SeedCheck::retrieved).count();
    runSummary.set(
        "Final line: "
            + run.finalHits()
            + " citation"
            + (run.finalHits() == 1 ? "" : "s")
            + (run.seeds().isEmpty()
                ? ""
                : " · seeds: "
                    + run.seeds().size()
                    + " given, "
                    + inProject
                    + " in the project, "
                    + found
                    + " found"));
  }

  /** The text a span covers in the source, or null when the parser gave no position. */
  static String asWritten(String source, Span span) {
    if (span == null || span.equals(Span.NONE) || span.length() <= 0) {
      return null;
    }
    int start = offsetOf(source, span.line(), span.column());
    String out = source.substring(start, Math.min(source.length(), start + span.length())).strip();
    return out.isEmpty() ? null : out;
  }

  static String seedStatus(StrategyRun.SeedCheck s) {
    if (!s.inProject()) {
      return "not in the project";
    }
    if (s.retrieved()) {
      return "found (" + lines(s.matchingLines()) + ")";
    }
    return "missed: drops out at line "
        + s.lostAtLine()
        + (s.matchingLines().isEmpty() ? "" : " (found by " + lines(s.matchingLines()) + ")");
  }

  private static String lines(List<Integer> numbers) {
    return (numbers.size() == 1 ? "line " : "lines ")
        + String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  /** Record IDs separated by commas, spaces or new lines, each once. */
  static List<String> seedIds(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    Arrays.stream(s.split("[,;\\s]+")).filter(x -> !x.isBlank()).forEach(ids::add);
    return List.copyOf(ids);
  }

  /** Stops a run between its steps. */
  public void cancel() {
    context.tasks().cancel();
  }

  // ---------------------------------------------------------------- properties

  public StringProperty textProperty() {
    return text;
  }

  public ObjectProperty<Dialect> dialectProperty() {
    return dialect;
  }

  public ObjectProperty<Dialect> targetProperty() {
    return target;
  }

  public ObservableList<Problem> problems() {
    return problems;
  }

  public ObservableList<SourceLine> lines() {
    return lines;
  }

  public ObjectProperty<Problem> errorProperty() {
    return error;
  }

  public StringProperty checkSummaryProperty() {
    return checkSummary;
  }

  public StringProperty translationProperty() {
    return translation;
  }

  public ObservableList<ReportEntry> report() {
    return report;
  }

  public StringProperty translationSummaryProperty() {
    return translationSummary;
  }

  public StringProperty seedsProperty() {
    return seeds;
  }

  public ObservableList<LineHits> hits() {
    return hits;
  }

  public ObservableList<SeedRow> seedRows() {
    return seedRows;
  }

  public StringProperty runSummaryProperty() {
    return runSummary;
  }

  public BooleanProperty runningProperty() {
    return running;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public ObjectProperty<Path> fileProperty() {
    return file;
  }
}
