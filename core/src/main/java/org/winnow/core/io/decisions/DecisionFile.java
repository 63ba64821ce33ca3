package org.winnow.core.io.decisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.RowProblem;
import org.winnow.core.io.csv.CsvExporter;
import org.winnow.core.io.csv.DelimitedTextReader;
import org.winnow.core.model.DecisionValue;

/**
 * A file of screening decisions (or resolutions), one item per row, as {@code screen --decisions}
 * and {@code resolve --decisions} read it and {@link DecisionTemplate} writes it.
 *
 * <p>Columns, in any order and spelling (case, spaces and punctuation ignored): the item — {@code
 * record_id}, {@code id} or Rayyan's {@code key} (any ID the files gave a record of the item, or
 * {@code #N}); the decision — {@code decision}, or ASReview's {@code included} / {@code
 * label_included} (1, 0, empty for not yet labelled); {@code reason}; {@code note}; {@code labels}
 * (separated by ";"). A Rayyan export has no decision column: its {@code notes} column carries
 * {@code RAYYAN-INCLUSION: {"Name"=>"Included"}} (and {@code RAYYAN-EXCLUSION-REASONS}, {@code
 * RAYYAN-LABELS}), and the entry of the named reviewer (or the only one) is read.
 *
 * <p>Values: include/included/yes/y/1/true, exclude/excluded/no/n/0/false, maybe/unsure/?, any
 * case. A row without a decision is skipped (not yet screened), unless it has a reason or a note.
 * Rows that cannot be read are kept as {@link #problems()} so the caller can name every bad row at
 * once.
 */
public final class DecisionFile {
  /** The columns of a decision file, each with the headers that name it in priority order. */
  public enum Field {
    ID("record_id", "recordid", "id", "key", "itemid", "item", "record", "covidence"),
    DECISION(
        "decision",
        "included",
        "labelincluded",
        "finalincluded",
        "includedlabel",
        "asreviewlabel",
        "label",
        "screeningdecision",
        "vote"),
    REASON("reason", "exclusionreason", "reasonforexclusion", "reasons"),
    NOTE("note", "notes", "comment", "comments"),
    LABELS("labels", "tags");

    private final List<String> headers;

    Field(String... headers) {
      this.headers = Arrays.stream(headers).map(DecisionTable::normalise).distinct().toList();
    }

    List<String> headers() {
      return headers;
    }
  }

  /**
   * One decision as the file gives it.
   *
   * @param value null when the cell could not be read (a problem names it)
   */
  public record Row(
      int line, String id, DecisionValue value, String reason, String note, List<String> labels) {
    public Row {
      labels = List.copyOf(labels);
    }
  }

  private static final Pattern RAYYAN_ENTRY =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*=>\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final String RAYYAN_INCLUSION = "RAYYAN-INCLUSION:";
  private static final String RAYYAN_REASONS = "RAYYAN-EXCLUSION-REASONS:";
  private static final String RAYYAN_LABELS = "RAYYAN-LABELS:";

  /** ASReview writes -1 (older versions) or nothing for a record not yet labelled. */
  private static final String ASREVIEW_UNLABELLED = "-1";

  private final String file;
  private final List<Row> rows;
  private final List<RowProblem> problems;
  private final int skipped;
  private final String[] columnNames;

  private DecisionFile(
      String file, List<Row> rows, List<RowProblem> problems, int skipped, String[] columnNames) {
    this.file = file;
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
    this.skipped = skipped;
    this.columnNames = columnNames;
  }

  /**
   * Reads a decision file.
   *
   * @param reviewer whose decision to take from a Rayyan export that holds several reviewers'
   * @throws ImportException when the file cannot be read at all (no such file, a quote that never
   *     closes, no item or decision column)
   */
  public static DecisionFile read(Path path, String reviewer) throws ImportException {
    List<String> known = Stream.of(Field.values()).flatMap(f -> f.headers().stream()).toList();
    DecisionTable table = DecisionTable.read(path, known);
    DecisionTable.Column id =
        table
            .column(Field.ID.headers())
            .orElseThrow(() -> table.missing("item (record_id, id or Rayyan's key)"));
    Optional<DecisionTable.Column> decision = table.column(Field.DECISION.headers());
    Optional<DecisionTable.Column> note = table.column(Field.NOTE.headers());
    boolean rayyan = decision.isEmpty() && note.isPresent();
    if (decision.isEmpty() && !rayyan) {
      throw table.missing("decision (decision, ASReview's included, or Rayyan's notes)");
    }
    Optional<DecisionTable.Column> reason = table.column(Field.REASON.headers());
    Optional<DecisionTable.Column> labels = table.column(Field.LABELS.headers());
    String[] names = new String[Field.values().length];
    names[Field.ID.ordinal()] = id.name();
    names[Field.DECISION.ordinal()] = rayyan ? note.get().name() : decision.get().name();
    names[Field.REASON.ordinal()] = reason.map(DecisionTable.Column::name).orElse("reason");
    names[Field.NOTE.ordinal()] = note.map(DecisionTable.Column::name).orElse("note");
    names[Field.LABELS.ordinal()] = labels.map(DecisionTable.Column::name).orElse("labels");
    boolean asreview = !rayyan && !decision.get().name().equalsIgnoreCase("decision");

    List<Row> rows = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    int skipped = 0;
    for (DelimitedTextReader.Row r : table.rows()) {
      int line = r.line();
      String itemId = unguard(id.cell(r));
      String reasonText = reason.map(c -> c.cell(r)).orElse("");
      String noteText = rayyan ? "" : note.map(c -> c.cell(r)).orElse("");
      List<String> labelList = labels.map(c -> split(c.cell(r), ";")).orElse(List.of());
      String valueText;
      if (rayyan) {
        String notes = note.get().cell(r);
        RayyanNotes parsed;
        try {
          parsed = RayyanNotes.parse(notes, reviewer);
        } catch (IllegalArgumentException e) {
          problems.add(new RowProblem(table.file(), line, names[1], e.getMessage()));
          rows.add(new Row(line, itemId, null, null, null, labelList));
          continue;
        }
        valueText = parsed.decision();
        if (reasonText.isEmpty()) {
          reasonText = parsed.reason();
        }
        if (labelList.isEmpty()) {
          labelList = parsed.labels();
        }
      } else {
        valueText = decision.get().cell(r);
        if (asreview && valueText.equals(ASREVIEW_UNLABELLED)) {
          valueText = "";
        }
      }
      if (valueText.isEmpty()) {
        if (!reasonText.isEmpty() || !noteText.isEmpty()) {
          problems.add(
              new RowProblem(
                  table.file(),
                  line,
                  names[1],
                  "empty, but the row has a " + (reasonText.isEmpty() ? "note" : "reason")));
        } else {
          skipped++;
        }
        continue;
      }
      if (itemId.isEmpty()) {
        problems.add(new RowProblem(table.file(), line, names[0], "empty: which item?"));
      }
      DecisionValue value = null;
      try {
        value = DecisionValue.parse(valueText);
      } catch (IllegalArgumentException e) {
        problems.add(new RowProblem(table.file(), line, names[1], e.getMessage()));
      }
      rows.add(
          new Row(
              line,
              itemId,
              value,
              reasonText.isEmpty() ? null : reasonText,
              noteText.isEmpty() ? null : noteText,
              labelList));
    }
    return new DecisionFile(table.file(), rows, problems, skipped, names);
  }

  /** The decisions, in file order (rows with a problem included, their value possibly null). */
  public List<Row> rows() {
    return rows;
  }

  /** What is wrong with rows that could be read as text but not as decisions. */
  public List<RowProblem> problems() {
    return problems;
  }

  /** Rows without a decision (not yet screened), left out. */
  public int skipped() {
    return skipped;
  }

  /** The file name, as errors give it. */
  public String file() {
    return file;
  }

  /** A problem with one field of a row, named as the file names that column. */
  public RowProblem problem(Row row, Field field, String problem) {
    return new RowProblem(file, row.line(), columnNames[field.ordinal()], problem);
  }

  /**
   * A record ID as read back: exports guard cells starting with = + - @ against formula injection
   * with a leading apostrophe, which is not part of the ID.
   */
  static String unguard(String id) {
    return CsvExporter.unguard(id);
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(Pattern.quote(separator)))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * The decision a Rayyan export keeps in its notes column, e.g. {@code RAYYAN-INCLUSION:
   * {"Emily"=>"Included", "Bob"=>"Maybe"} | RAYYAN-EXCLUSION-REASONS: wrong population |
   * RAYYAN-LABELS: RCT}.
   *
   * @param decision empty when the record has no decision yet
   */
  record RayyanNotes(String decision, String reason, List<String> labels) {
    static RayyanNotes parse(String notes, String reviewer) {
      String decision = "";
      String reason = "";
      List<String> labels = List.of();
      for (String part : notes.split("\\s\\|\\s")) {
        String p = part.strip();
        String upper = p.toUpperCase(Locale.ROOT);
        if (upper.startsWith(RAYYAN_INCLUSION)) {
          decision = inclusion(p.substring(RAYYAN_INCLUSION.length()), reviewer);
        } else if (upper.startsWith(RAYYAN_REASONS)) {
          List<String> reasons = split(p.substring(RAYYAN_REASONS.length()), ",");
          reason = reasons.isEmpty() ? "" : reasons.get(0);
        } else if (upper.startsWith(RAYYAN_LABELS)) {
          labels = split(p.substring(RAYYAN_LABELS.length()), ",");
        }
      }
      return new RayyanNotes(decision, reason, labels);
    }

    private static String inclusion(String map, String reviewer) {
      Matcher m = RAYYAN_ENTRY.matcher(map);
      List<String[]> entries = new ArrayList<>();
      while (m.find()) {
        entries.add(new String[] {m.group(1), m.group(2)});
      }
      for (String[] e : entries) {
        if (reviewer != null && e[0].strip().equalsIgnoreCase(reviewer.strip())) {
          return e[1];
        }
      }
      if (entries.size() == 1) {
        return entries.get(0)[1];
      }
      if (entries.isEmpty()) {
        throw new IllegalArgumentException(
            "RAYYAN-INCLUSION without a {\"Name\"=>\"Included\"} entry");
      }
      throw new IllegalArgumentException(
          "decisions by "
              + entries.stream().map(e -> e[0]).toList()
              + " and none by '"
              + reviewer
              + "': name the reviewer as Rayyan does");
    }
  }
}
