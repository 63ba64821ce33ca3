package org.winnow.core.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.csv.HeaderTable.ColumnPlan;

/**
 * Comma-, semicolon- and tab-separated files with a header row, as screening tools (Covidence,
 * Rayyan, ASReview, abstrackr), databases (Scopus, Embase, PubMed, CINAHL, Cochrane, OpenAlex,
 * Lens, WoS tab-delimited) and reference managers (Zotero, RefWorks) export them. Columns are
 * mapped by {@link HeaderTable}; every non-blank cell is also kept raw under its header.
 */
public final class DelimitedImporter implements CitationImporter {
  public static final String ID = "csv";

  /** Excel's way of keeping leading zeros: {@code ="0123"} (CINAHL exports ISSNs like this). */
  private static final Pattern EXCEL_TEXT = Pattern.compile("^\\s*=\"(.*)\"\\s*$", Pattern.DOTALL);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "CSV / TSV (Covidence, Rayyan, ASReview, Scopus, Embase, PubMed, Zotero...)";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv", "tsv", "txt");
  }

  @Override
  public int detect(String sample) {
    if (sample == null || sample.isBlank()) {
      return 0;
    }
    Optional<HeaderLine> header = HeaderLine.find(sample);
    if (header.isEmpty()) {
      return 0;
    }
    HeaderLine h = header.get();
    boolean hasTitle = HeaderTable.plan(h.names()).has(ColumnTarget.TITLE);
    if (h.nonBlankNames() >= 3 && h.recognised() >= 2) {
      return hasTitle ? 90 : 75;
    }
    if (h.nonBlankNames() == 2 && h.recognised() == 2 && hasTitle) {
      return 60; // "title,abstract", the smallest ASReview dataset
    }
    return h.recognised() >= 1 ? 10 : 0;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    stream(input, out::add);
    return out;
  }

  /**
   * Streams one row at a time. The header is found in the file's first characters (a header comes
   * within its first {@value HeaderLine#MAX_LINES_BEFORE_DATA} lines); the rows are then read from
   * the whole file.
   */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    HeaderLine header =
        HeaderLine.find(input.sample())
            .orElseThrow(
                () ->
                    input.error(
                        1,
                        null,
                        "no header row found: expected a first line of column names separated by"
                            + " commas, semicolons or tabs"));
    List<String> names = header.names().stream().map(String::strip).toList();
    ColumnPlan plan = HeaderTable.plan(names);
    if (!plan.has(ColumnTarget.TITLE)) {
      throw input.error(
          header.line(),
          null,
          "no title column among the headers found ("
              + names.stream().filter(s -> !s.isBlank()).collect(Collectors.joining(", "))
              + "); expected one of: "
              + String.join(", ", HeaderTable.titleHeaders()));
    }
    boolean ownExport = CsvExporter.isOwnHeader(names);
    try (java.io.Reader text = input.reader()) {
      for (long left = header.offset(); left > 0; ) {
        long skipped = text.skip(left);
        if (skipped <= 0) {
          break;
        }
        left -= skipped;
      }
      DelimitedTextReader reader = new DelimitedTextReader(text, header.line(), header.delimiter());
      reader.next(); // the header itself
      DelimitedTextReader.Row row;
      DelimitedTextReader.Row last = null;
      boolean shortRows = false; // rows with fewer cells than the header before the last one
      while ((row = reader.next()) != null) {
        if (row.isBlank()) {
          continue;
        }
        shortRows |= last != null && last.cells().size() < names.size();
        last = row;
        if (isNoteLine(row, names)) {
          continue;
        }
        checkShape(input, row, names, plan);
        sink.accept(draft(row, names, plan, ownExport));
      }
      checkNotCut(input, last, names, shortRows);
    } catch (DelimitedTextReader.UnterminatedQuote e) {
      throw input.error(
          e.line,
          columnName(names, e.column),
          e.getMessage() + " (the file ends inside it: is it cut short?)");
    } catch (java.io.IOException e) {
      throw input.error(0, null, "cannot read: " + e.getMessage());
    }
  }

  /**
   * A last row with fewer cells than the header, in a file that does not even end with a line break
   * and whose other rows are all full, is a file cut in the middle of that row: its last cell is
   * cut too, so it is refused rather than stored cut. Files whose rows are short elsewhere too
   * (abstrackr's unlabelled section) write short rows on purpose.
   */
  private static void checkNotCut(
      ImportText input, DelimitedTextReader.Row last, List<String> names, boolean shortRows)
      throws ImportException {
    if (last == null
        || shortRows
        || input.endsWithLineBreak()
        || last.cells().size() >= names.size()) {
      return;
    }
    int cells = last.cells().size();
    throw input.error(
        last.line(),
        columnName(names, cells - 1),
        "the file ends inside this row, after "
            + cells
            + " of "
            + names.size()
            + " columns: it is cut short");
  }

  /**
   * A line without any delimiter in a file with several columns is a note, not a record (abstrackr
   * writes "citations that are not yet labeled" between its two sections).
   */
  private static boolean isNoteLine(DelimitedTextReader.Row row, List<String> names) {
    return row.cells().size() == 1 && names.size() >= 3;
  }

  /**
   * Rows with more cells than the header, or ending before a column Winnow reads, mean a quote or
   * line break went missing: reading them would put values under the wrong headers. Short rows that
   * only lack trailing unread columns (abstrackr's unlabelled section) are fine.
   */
  private static void checkShape(
      ImportText input, DelimitedTextReader.Row row, List<String> names, ColumnPlan plan)
      throws ImportException {
    List<String> cells = row.cells();
    for (int i = names.size(); i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        throw input.error(
            row.line(),
            "column " + (i + 1),
            "row has "
                + cells.size()
                + " cells but the header has "
                + names.size()
                + " columns; is a quote missing around a value holding the delimiter?");
      }
    }
    int lastNeeded = plan.lastMappedColumn();
    if (cells.size() <= lastNeeded) {
      throw input.error(
          row.line(),
          columnName(names, cells.size()),
          "row ends after "
              + cells.size()
              + " of "
              + names.size()
              + " columns; is a quote missing around a value holding a line break?");
    }
  }

  private static String columnName(List<String> names, int index) {
    if (index < names.size() && !names.get(index).isBlank()) {
      return names.get(index);
    }
    return "column " + (index + 1);
  }

  private static RecordDraft draft(
      DelimitedTextReader.Row row, List<String> names, ColumnPlan plan, boolean ownExport) {
    RecordDraft d = new RecordDraft(row.line());
    List<String> values = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String cell = row.cells().get(i);
      if (!cell.isBlank()) {
        d.raw(columnName(names, i), cell);
      }
      values.add(ownExport ? ownExportValue(cell) : value(cell));
    }
    for (int column : plan.columns(ColumnTarget.RECORD_ID)) {
      d.fileRecordId(cell(values, column));
    }
    for (ColumnTarget target : ColumnTarget.values()) {
      if (target.field() == null || target == ColumnTarget.ARTICLE_NUMBER) {
        continue;
      }
      for (int column : plan.columns(target)) {
        add(d, target, cell(values, column));
      }
    }
    for (int column : plan.columns(ColumnTarget.PAGE_COUNT)) {
      if (!d.has(Field.PAGES) && !d.has(Field.END_PAGE)) {
        addIfMissing(d, Field.END_PAGE, endPage(d.first(Field.START_PAGE), cell(values, column)));
      }
    }
    if (!d.has(Field.PAGES) && !d.has(Field.START_PAGE)) {
      for (int column : plan.columns(ColumnTarget.ARTICLE_NUMBER)) {
        d.add(Field.PAGES, cell(values, column));
      }
    }
    for (int column : plan.columns(ColumnTarget.CITATION)) {
      PubMedCitation citation = PubMedCitation.parse(cell(values, column));
      if (citation != null) {
        addIfMissing(d, Field.VOLUME, citation.volume());
        addIfMissing(d, Field.ISSUE, citation.issue());
        if (!d.has(Field.START_PAGE)) {
          addIfMissing(d, Field.PAGES, citation.pages());
        }
        addIfMissing(d, Field.DOI, citation.doi());
      }
    }
    return d;
  }

  private static void add(RecordDraft d, ColumnTarget target, String value) {
    if (value == null) {
      return;
    }
    switch (target) {
      case AUTHORS -> {
        if (value.indexOf('|') >= 0) { // OpenAlex joins list values with "|"
          for (String a : value.split("\\|")) {
            d.add(Field.AUTHOR, a);
          }
        } else {
          d.add(Field.AUTHOR_LIST, value);
        }
      }
      case KEYWORDS, SUBJECT_HEADINGS -> {
        for (String term : splitList(value)) {
          d.add(target.field(), term);
        }
      }
      case ISSN, ISBN -> d.add(target.field(), value.replace('|', ';'));
      default -> d.add(target.field(), value);
    }
  }

  /** Term lists come joined by ";" (most), "|" (OpenAlex) or "," (abstrackr, Embase Emtree). */
  private static List<String> splitList(String value) {
    String separator = value.contains(";") ? ";" : value.contains("|") ? "\\|" : ",";
    return List.of(value.split(separator));
  }

  private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(\\d{1,7})\\s*");

  /** The last page of {@code count} pages from {@code start}; null unless both are numbers. */
  private static String endPage(String start, String count) {
    Matcher s = PAGE_NUMBER.matcher(start == null ? "" : start);
    Matcher n = PAGE_NUMBER.matcher(count == null ? "" : count);
    if (!s.matches() || !n.matches() || Long.parseLong(n.group(1)) < 1) {
      return null;
    }
    return Long.toString(Long.parseLong(s.group(1)) + Long.parseLong(n.group(1)) - 1);
  }

  private static void addIfMissing(RecordDraft d, Field field, String value) {
    if (!d.has(field)) {
      d.add(field, value);
    }
  }

  /**
   * R and spreadsheet exports write a missing value as "NA" or "N/A"; it is kept raw but maps to no
   * field.
   */
  private static final java.util.Set<String> MISSING =
      java.util.Set.of("NA", "N/A", "#N/A", "NULL");

  /** The value of a column of this row, or null when blank, missing or past the row's end. */
  private static String cell(List<String> values, int column) {
    return column < values.size() ? values.get(column) : null;
  }

  /**
   * A cell's value for field mapping: Excel's {@code ="..."} unwrapped, null when blank or a
   * missing-value marker.
   */
  private static String value(String cell) {
    String v = cell;
    Matcher m = EXCEL_TEXT.matcher(v);
    if (m.matches()) {
      v = m.group(1);
    }
    return v.isBlank() || MISSING.contains(v.strip()) ? null : v;
  }

  /**
   * A cell of Winnow's own CSV export: its formula guard undone, and nothing else, so that every
   * value it wrote comes back as it was.
   */
  private static String ownExportValue(String cell) {
    return cell.isBlank() ? null : CsvExporter.unguard(cell);
  }
}
