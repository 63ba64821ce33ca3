package org.winnow.core.prisma;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.csv.CsvExporter;

/**
 * The counts in the shape of the PRISMA2020 R package's data template (same columns and rows, the
 * template's texts, {@code n} filled in), so the file loads into {@code PRISMA_data()} and the
 * PRISMA2020 Shiny app.
 *
 * <p>In {@code n}: a count as digits; a breakdown as "Label, n; Label, n" (the package splits at
 * ";" and at the first ","; commas and semicolons inside a label therefore become " - "); an absent
 * field as 0 when the diagram draws it anyway, else {@code NA}, so the columns of the layout
 * survive a round trip. Derived/manual flags and awaiting counts have no place in the template: use
 * {@link PrismaJson} for those. Read back, every value counts as manual, and a breakdown left at
 * the template's placeholder ("Reason1, xxx; ...") counts as not given.
 */
public final class PrismaCsv {
  static final String NOT_APPLICABLE = "NA";

  /** Label given to a breakdown written as a bare number (the package allows it). */
  static final String UNLABELLED = "Not specified";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(PrismaTemplate.COLUMNS.toArray(String[]::new)).build();

  private PrismaCsv() {}

  public static String write(PrismaCounts counts) {
    StringWriter out = new StringWriter();
    try {
      write(counts, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static void write(PrismaCounts counts, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    PrismaVariant variant = counts.variant();
    for (PrismaTemplate.Row row : PrismaTemplate.ROWS) {
      String n = row.field().map(f -> cell(counts, variant, f)).orElse(row.placeholder());
      printer.printRecord(row.cells(n));
    }
    printer.flush();
  }

  private static String cell(PrismaCounts counts, PrismaVariant variant, PrismaField field) {
    if (field.isBreakdown() && counts.breakdown(field).isPresent()) {
      return breakdown(counts.breakdown(field).get());
    }
    if (counts.value(field).isPresent()) {
      return Long.toString(counts.value(field).getAsLong());
    }
    return variant.drawsWhenAbsent(field) ? "0" : NOT_APPLICABLE;
  }

  private static String breakdown(PrismaBreakdown b) {
    if (b.isEmpty()) {
      return "0";
    }
    return CsvExporter.guard(
        b.tallies().stream()
            .map(t -> label(t.label()) + ", " + t.n())
            .collect(Collectors.joining("; ")));
  }

  /** The package reads a label up to its first comma and splits lines at semicolons. */
  static String label(String label) {
    return label.replaceAll("\\s*[,;]\\s*", " - ").strip();
  }

  /** Reads a file in the template's shape (ours or one filled in by hand for the package). */
  public static PrismaCounts read(String fileName, Reader in) throws ImportException {
    PrismaCounts.Builder counts = PrismaCounts.builder();
    Set<PrismaField> seen = EnumSet.noneOf(PrismaField.class);
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      for (String column : List.of("data", "n")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ImportException(
              fileName, 1, column, "not a PRISMA2020 template: no column '" + column + "'");
        }
      }
      for (CSVRecord r : parser) {
        int line = (int) r.getRecordNumber() + 1;
        var field = PrismaField.byKey(r.get("data").strip());
        if (field.isEmpty()) {
          continue; // title boxes, phase labels and rows of later template versions
        }
        PrismaField f = field.get();
        if (!seen.add(f)) {
          throw new ImportException(fileName, line, f.key(), "the field is given twice");
        }
        String n = r.isSet("n") ? r.get("n").strip() : "";
        // The template's own "Reason1, xxx; ..." means not filled in, as the package reads it.
        boolean placeholder = f.isBreakdown() && n.equals(PrismaTemplate.row(f).placeholder());
        if (n.isEmpty() || n.equals(NOT_APPLICABLE) || placeholder) {
          continue;
        }
        try {
          if (f.isBreakdown()) {
            counts.manual(f, tallies(n));
          } else {
            counts.manual(f, number(n));
          }
        } catch (IllegalArgumentException e) {
          throw new ImportException(fileName, line, f.key(), e.getMessage());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException(fileName, 0, null, "cannot read the CSV: " + e.getMessage());
    }
    return counts.build();
  }

  private static List<PrismaTally> tallies(String n) {
    String text = n.startsWith("'") ? n.substring(1) : n;
    if (text.matches("[0-9, ]+")) {
      long total = number(text);
      return total == 0 ? List.of() : List.of(new PrismaTally(UNLABELLED, total));
    }
    List<PrismaTally> tallies = new ArrayList<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int comma = part.indexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException(
            "expected 'Label, number' but found '" + part.strip() + "'");
      }
      tallies.add(new PrismaTally(part.substring(0, comma), number(part.substring(comma + 1))));
    }
    return tallies;
  }

  /** Digits, with the thousands commas the package also accepts. */
  private static long number(String text) {
    String digits = text.replace(",", "").strip();
    if (!digits.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("expected a number but found '" + text.strip() + "'");
    }
    return Long.parseLong(digits);
  }
}
