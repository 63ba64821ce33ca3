package org.winnow.core.stats.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;
import org.winnow.core.io.csv.CsvExporter;

/**
 * A plain table of results (effect sizes, a meta-analysis' studies) with its title and the notes a
 * reader needs. Numbers stay numbers: CSV gets them in full precision for further analysis, while
 * Markdown and HTML show them rounded as the figures do ({@link Numbers#fixed}).
 *
 * @param rows cells are text, a {@link Double} or an {@link Integer}; null is an empty cell
 * @param decimals how many decimals Markdown and HTML show
 */
public record ReportTable(
    String title, List<String> header, List<List<Object>> rows, List<String> notes, int decimals)
    implements TextTable {

  public ReportTable {
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells, the header " + header.size());
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
    notes = List.copyOf(notes);
  }

  @Override
  public String render(TableFormat format) {
    return switch (format) {
      case CSV -> csv();
      case MARKDOWN -> markdown();
      case HTML -> html();
    };
  }

  /** RFC 4180, header first; text that a spreadsheet would run as a formula is guarded. */
  public String csv() {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(header.stream().map(CsvExporter::guard).toList());
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(ReportTable::csvCell).toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("**").append(mdCell(title)).append("**\n\n");
    md.append("| ").append(String.join(" | ", header.stream().map(ReportTable::mdCell).toList()));
    md.append(" |\n|").append(" --- |".repeat(header.size())).append('\n');
    for (List<Object> row : rows) {
      md.append("| ")
          .append(String.join(" | ", row.stream().map(c -> mdCell(shown(c))).toList()))
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(n -> md.append(mdCell(n)).append("  \n"));
    }
    return md.toString();
  }

  public String html() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title>\n<style>")
        .append("table{border-collapse:collapse;font-family:'DejaVu Sans',sans-serif}")
        .append("th,td{border:1px solid #999;padding:4px 8px;text-align:left}")
        .append("td.number{text-align:right}")
        .append("</style></head><body>\n<table>\n<caption>")
        .append(esc(title))
        .append("</caption>\n<tr>");
    header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>\n");
    for (List<Object> row : rows) {
      h.append("<tr>");
      for (Object c : row) {
        h.append(c instanceof Number ? "<td class=\"number\">" : "<td>")
            .append(esc(shown(c)))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    notes.forEach(n -> h.append("<p>").append(esc(n)).append("</p>\n"));
    return h.append("</body></html>\n").toString();
  }

  /** A cell as Markdown and HTML show it (and as a window's table shows it). */
  public String shown(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double x) {
      return Double.isNaN(x) ? "n/a" : Numbers.fixed(x, decimals);
    }
    return cell.toString();
  }

  private static String csvCell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double x) {
      return Double.isNaN(x) ? "NA" : x.toString();
    }
    if (cell instanceof Integer n) {
      return n.toString();
    }
    return CsvExporter.guard(cell.toString());
  }

  private static String mdCell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
