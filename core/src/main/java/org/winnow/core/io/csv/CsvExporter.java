package org.winnow.core.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.io.CitationExporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/**
 * One row per record with the normalised fields. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) are prefixed with an apostrophe.
 */
public final class CsvExporter implements CitationExporter {
  /** Column names, also recognised by the CSV importer for a lossless round trip. */
  public static final List<String> COLUMNS =
      List.of(
          "record_id",
          "citation_id",
          "type",
          "title",
          "authors",
          "year",
          "journal",
          "journal_abbrev",
          "volume",
          "issue",
          "pages",
          "doi",
          "pmid",
          "pmcid",
          "issn",
          "isbn",
          "keywords",
          "mesh",
          "language",
          "url",
          "publisher",
          "abstract");

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String label() {
    return "CSV (one row per record)";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void write(List<Record> records, Writer out) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (Record r : records) {
      Bibliographic f = r.fields();
      printer.printRecord(
          List.of(
                  r.displayId(),
                  Long.toString(r.citationId()),
                  nz(f.type()),
                  nz(f.title()),
                  f.authors().stream().map(Author::display).collect(Collectors.joining("; ")),
                  f.year() == null ? "" : f.year().toString(),
                  nz(f.journal()),
                  nz(f.journalAbbrev()),
                  nz(f.volume()),
                  nz(f.issue()),
                  nz(f.pages()),
                  nz(f.doi()),
                  nz(f.pmid()),
                  nz(f.pmcid()),
                  nz(f.issn()),
                  nz(f.isbn()),
                  String.join("; ", f.keywords()),
                  String.join("; ", f.mesh()),
                  nz(f.language()),
                  nz(f.url()),
                  nz(f.publisher()),
                  nz(f.abstractText()))
              .stream()
              .map(CsvExporter::guard)
              .toList());
    }
    printer.flush();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * Cells a spreadsheet would run as a formula, and cells that only look guarded already ("'=..."),
   * get one more leading apostrophe, so that {@link #unguard} restores every value.
   */
  private static final Pattern NEEDS_GUARD = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

  /** Neutralises spreadsheet formula injection. */
  public static String guard(String cell) {
    return NEEDS_GUARD.matcher(cell).matches() ? "'" + cell : cell;
  }

  /** The value {@link #guard} was given. */
  public static String unguard(String cell) {
    return cell.startsWith("'") && NEEDS_GUARD.matcher(cell.substring(1)).matches()
        ? cell.substring(1)
        : cell;
  }

  /** True for the header row this exporter writes (also when later versions add columns). */
  public static boolean isOwnHeader(List<String> header) {
    return header.size() >= 2
        && header.get(0).equals(COLUMNS.get(0))
        && header.get(1).equals(COLUMNS.get(1));
  }
}
