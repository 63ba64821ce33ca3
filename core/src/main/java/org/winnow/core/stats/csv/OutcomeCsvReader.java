package org.winnow.core.stats.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.csv.DelimitedTextReader;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Direction;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Favours;
import org.winnow.core.stats.effect.Reported;

/**
 * Reads a statistician's batch file: one row per study outcome, a header naming the columns
 * (docs/effect-sizes.md), comma, semicolon or tab separated. Unknown columns are kept for the
 * output. A cell that cannot be what its column needs is an {@link ImportException} naming file,
 * line and column; a row without a complete set of data is kept with the reason, so the batch still
 * runs and the reason is reported.
 */
public final class OutcomeCsvReader {
  private OutcomeCsvReader() {}

  public static OutcomeTable read(String file, String text) throws ImportException {
    List<CSVRecord> records = parse(file, text);
    if (records.isEmpty()) {
      throw new ImportException(file, 0, null, "empty file: expected a header row");
    }
    List<String> header = records.get(0).toList().stream().map(String::strip).toList();
    Map<Column, Integer> positions = positions(file, header);
    int[] lineStarts = lineStarts(text);
    List<OutcomeTable.Row> rows = new ArrayList<>();
    for (CSVRecord r : records.subList(1, records.size())) {
      int line = lineOf(lineStarts, r.getCharacterPosition());
      List<String> cells = r.toList();
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() > header.size()) {
        throw new ImportException(
            file,
            line,
            null,
            cells.size() + " cells but the header names " + header.size() + " columns");
      }
      Cells c = new Cells(file, line, positions, cells);
      rows.add(new OutcomeTable.Row(line, cells, outcome(file, c)));
    }
    return new OutcomeTable(file, header, rows);
  }

  private static OutcomeRecord outcome(String file, Cells c) throws ImportException {
    String study = c.text(Column.STUDY);
    if (study.isEmpty()) {
      throw c.error(Column.STUDY, "every row needs a study");
    }
    validate(c);
    Appraisal appraisal = null;
    if (c.has(Column.APPRAISAL)) {
      appraisal = c.choice(Column.APPRAISAL, Appraisal.class, "high, moderate or low");
    }
    Reported reported = null;
    for (Shape shape : Shape.values()) {
      if (shape.columns.stream().allMatch(c::has)) {
        try {
          reported = shape.build(c);
        } catch (IllegalArgumentException e) {
          throw new ImportException(file, c.line(), columns(shape.columns), e.getMessage());
        }
        break;
      }
    }
    String missing = reported == null ? missing(c) : null;
    OutcomeRecord outcome =
        new OutcomeRecord(
            study,
            c.text(Column.OUTCOME),
            c.text(Column.DOMAIN),
            c.desirable(),
            appraisal,
            reported,
            missing,
            file + ":" + c.line());
    checkFavours(c, outcome);
    return outcome;
  }

  /** Every filled-in cell of a known column must make sense, used or not. */
  private static void validate(Cells c) throws ImportException {
    for (Column col : Column.values()) {
      if (col.kind() != Column.Kind.TEXT && c.has(col)) {
        c.number(col);
      }
    }
    c.desirable();
    if (c.has(Column.FAVOURS)) {
      c.favours();
    }
    if (!Cells.missing(c.text(Column.SIGN))) {
      c.sign();
    }
  }

  /** A stated "favours" that contradicts the numbers means a sign was lost somewhere. */
  private static void checkFavours(Cells c, OutcomeRecord o) throws ImportException {
    if (o.reported() == null
        || o.reported() instanceof Reported.DirectionOnly
        || o.desirable() == null
        || !c.has(Column.FAVOURS)) {
      return;
    }
    Favours stated = c.favours();
    EffectSize effect = o.reported().effectSize();
    if (!effect.computed()) {
      return;
    }
    Direction numbers = Direction.of(effect.yi().value(), o.desirable());
    if (numbers != Direction.of(stated) && numbers != Direction.NO_CLEAR) {
      throw c.error(
          Column.FAVOURS,
          "says "
              + stated.id()
              + " but the data give "
              + effect.measure().id()
              + " = "
              + effect.yi().value()
              + " with "
              + o.desirable().id()
              + " better ("
              + numbers.label()
              + "): check the sign");
    }
  }

  /** Why no shape was complete: the started shapes that lack the fewest cells, and what. */
  private static String missing(Cells c) {
    List<String> partial = new ArrayList<>();
    int fewest = Integer.MAX_VALUE;
    for (Shape shape : Shape.values()) {
      boolean started =
          shape.columns.stream().anyMatch(col -> !Shape.SHARED.contains(col) && c.has(col));
      List<Column> lacking = shape.columns.stream().filter(col -> !c.has(col)).toList();
      if (started && lacking.size() <= fewest) {
        if (lacking.size() < fewest) {
          partial.clear();
          fewest = lacking.size();
        }
        partial.add(shape.label + " lacks " + columns(lacking));
      }
    }
    return partial.isEmpty()
        ? "no effect data in this row"
        : "incomplete data: " + String.join("; ", partial);
  }

  private static String columns(List<Column> columns) {
    return columns.stream().map(Column::header).collect(Collectors.joining(", "));
  }

  private static Map<Column, Integer> positions(String file, List<String> header)
      throws ImportException {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).toLowerCase(java.util.Locale.ROOT);
      if (!name.isEmpty() && !seen.add(name)) {
        throw new ImportException(file, 1, name, "column named twice in the header");
      }
      final int at = i;
      Column.forHeader(name).ifPresent(c -> positions.put(c, at));
    }
    if (!positions.containsKey(Column.STUDY)) {
      throw new ImportException(file, 1, "study", "the header has no 'study' column");
    }
    return positions;
  }

  private static List<CSVRecord> parse(String file, String text) throws ImportException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(text))
            // blank lines are kept (and skipped below): Commons CSV's character positions, which
            // give each row's line number, do not count the lines it ignores
            .setIgnoreEmptyLines(false)
            .build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw unreadable(file, text, format.getDelimiterString().charAt(0), e);
    }
  }

  private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line:? )(\\d+)");

  /**
   * A broken quote, worded for the person fixing the file: the line (and the column when a quote
   * never closes), never the parser's exception class.
   */
  private static ImportException unreadable(String file, String text, char delimiter, Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    try {
      DelimitedTextReader reader = new DelimitedTextReader(text, 0, 1, delimiter);
      while (reader.next() != null) {
        // reading to the end finds a quote that never closes
      }
    } catch (DelimitedTextReader.UnterminatedQuote q) {
      return new ImportException(
          file,
          q.line(),
          "column " + (q.column() + 1),
          "a quoted value opens on this line and is never closed (a missing '\"'?)");
    }
    Matcher m = PARSER_LINE.matcher(message);
    int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return new ImportException(
        file,
        line,
        null,
        message.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")
            ? "text after a closing quote (a quote inside a quoted value is written twice: \"\")"
            : "not a readable CSV file");
  }

  /** The separator of the header line: comma, or semicolon or tab when those are what it uses. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long commas = first.chars().filter(ch -> ch == ',').count();
    long semicolons = first.chars().filter(ch -> ch == ';').count();
    long tabs = first.chars().filter(ch -> ch == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** 1-based line holding a character position. */
  private static int lineOf(int[] lineStarts, long position) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }
}
