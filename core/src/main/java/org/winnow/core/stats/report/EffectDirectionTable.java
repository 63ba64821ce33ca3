package org.winnow.core.stats.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;
import org.winnow.core.io.csv.CsvExporter;
import org.winnow.core.stats.direction.DomainDirection;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.direction.SignTest;
import org.winnow.core.stats.direction.SizeBand;
import org.winnow.core.stats.direction.StudyRow;

/**
 * The effect-direction table as CSV, Markdown or HTML: one row per study (size, appraisal, one
 * symbol per domain), then the sign test per domain. The same grid as {@code EffectDirectionPlot};
 * machine-readable detail is in the CLI's JSON.
 */
public final class EffectDirectionTable {
  private EffectDirectionTable() {}

  /** The grid: header, one row per study, two sign-test rows. Cells are plain text. */
  public static List<List<String>> grid(EffectDirectionSynthesis s) {
    boolean appraised = appraised(s);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Study", "n"));
    if (appraised) {
      header.add("Appraisal");
    }
    header.addAll(s.domains());
    rows.add(header);
    for (StudyRow r : s.studies()) {
      List<String> row = new ArrayList<>(List.of(r.study(), size(r)));
      if (appraised) {
        row.add(r.appraisal() == null ? "" : r.appraisal().id());
      }
      for (String domain : s.domains()) {
        DomainDirection cell = r.domains().get(domain);
        row.add(cell == null ? "" : cell.direction().symbol());
      }
      rows.add(row);
    }
    List<String> counts = new ArrayList<>(List.of("Sign test ▲:▼ (◄►)", ""));
    List<String> ps = new ArrayList<>(List.of("Sign test p (two-sided)", ""));
    if (appraised) {
      counts.add("");
      ps.add("");
    }
    for (SignTest t : s.signTests()) {
      counts.add(t.benefit() + ":" + t.harm() + " (" + t.noClear() + ")");
      ps.add(Numbers.p(t.p()));
    }
    rows.add(counts);
    rows.add(ps);
    return rows;
  }

  public static String csv(EffectDirectionSynthesis s) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (List<String> row : grid(s)) {
        printer.printRecord(row.stream().map(CsvExporter::guard).toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  public static String markdown(EffectDirectionSynthesis s) {
    List<List<String>> grid = grid(s);
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < grid.size(); i++) {
      md.append("| ")
          .append(
              String.join(" | ", grid.get(i).stream().map(EffectDirectionTable::mdCell).toList()))
          .append(" |\n");
      if (i == 0) {
        md.append("|").append(" --- |".repeat(grid.get(0).size())).append('\n');
      }
    }
    md.append('\n');
    for (String line : legend(s)) {
      md.append(line).append("  \n");
    }
    return md.toString();
  }

  public static String html(EffectDirectionSynthesis s) {
    List<List<String>> grid = grid(s);
    boolean appraised = appraised(s);
    int first = appraised ? 3 : 2;
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Effect direction</title>\n<style>")
        .append("table{border-collapse:collapse;font-family:'DejaVu Sans',sans-serif}")
        .append("th,td{border:1px solid #999;padding:4px 8px;text-align:center}")
        .append("td.study{text-align:left}tr.moderate{background:#e6e6e6}")
        .append("tr.low{background:#c8c8c8}tr.test{font-style:italic}")
        .append(".small{font-size:9pt}.medium{font-size:13pt}.large{font-size:18pt}")
        .append("</style></head><body>\n<table>\n<tr>");
    for (String c : grid.get(0)) {
      h.append("<th>").append(esc(c)).append("</th>");
    }
    h.append("</tr>\n");
    for (int i = 1; i < grid.size(); i++) {
      boolean study = i <= s.studies().size();
      StudyRow r = study ? s.studies().get(i - 1) : null;
      String cls = !study ? "test" : r.appraisal() == null ? "" : r.appraisal().id();
      h.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
      List<String> row = grid.get(i);
      for (int j = 0; j < row.size(); j++) {
        String tdClass = j == 0 ? "study" : "";
        if (study && j >= first && !row.get(j).isEmpty()) {
          tdClass = r.size() == null ? SizeBand.MEDIUM.id() : r.size().id();
        }
        h.append(tdClass.isEmpty() ? "<td>" : "<td class=\"" + tdClass + "\">")
            .append(esc(row.get(j)))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    for (String line : legend(s)) {
      h.append("<p>").append(esc(line)).append("</p>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  /** The key to the symbols, sizes, shading and rule, as lines of text. */
  public static List<String> legend(EffectDirectionSynthesis s) {
    List<String> lines = new ArrayList<>();
    lines.add("▲ benefit   ▼ harm   ◄► no change / mixed / conflicting");
    lines.add(
        "Symbol size by study size: small < "
            + SizeBand.MEDIUM_FROM
            + ", medium "
            + SizeBand.MEDIUM_FROM
            + "–"
            + SizeBand.MEDIUM_TO
            + ", large > "
            + SizeBand.MEDIUM_TO
            + " participants");
    if (appraised(s)) {
      lines.add("Rows ordered and shaded by appraisal: high (white), moderate (light), low (dark)");
    }
    lines.add("Rule (" + s.rule().id() + "): " + s.rule().describe());
    lines.add("Sign test: two-sided exact binomial on ▲ vs ▼ studies; ◄► studies left out");
    return lines;
  }

  static boolean appraised(EffectDirectionSynthesis s) {
    return s.studies().stream().anyMatch(r -> r.appraisal() != null);
  }

  static String size(StudyRow r) {
    return r.participants() == null ? "" : r.participants().toString();
  }

  private static String mdCell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
