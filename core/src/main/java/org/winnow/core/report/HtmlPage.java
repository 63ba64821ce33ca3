package org.winnow.core.report;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.winnow.core.render.FigureExporter;

/**
 * The pack as one self-contained HTML page: figures inline as SVG, tables as HTML tables, no
 * external file, script or font, so it can be opened anywhere and pasted into a manuscript.
 */
public final class HtmlPage {
  private static final String STYLE =
      "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:80em;"
          + "line-height:1.4;color:#222}"
          + "table{border-collapse:collapse;margin:.5em 0 .3em;font-size:10pt}"
          + "th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top;text-align:left}"
          + "thead th{background:#eee}caption{font-weight:bold;text-align:left;padding:.3em 0}"
          + "figure{margin:1em 0}figure svg{max-width:100%;height:auto}"
          + "figcaption{font-weight:bold}.note{font-size:9pt;color:#444;margin:.2em 0}"
          + ".missing{font-style:italic;color:#666}section{margin-bottom:2.5em}";

  private HtmlPage() {}

  public static String of(ReviewPack pack) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(pack.project()))
        .append(": review pack</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(esc(pack.project()))
        .append("</h1>\n<nav><ol>\n");
    for (ReportSection s : pack.sections()) {
      h.append("<li><a href=\"#").append(s.id()).append("\">").append(esc(s.title()));
      h.append("</a></li>\n");
    }
    h.append("</ol></nav>\n");
    for (ReportSection s : pack.sections()) {
      section(h, s);
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static void section(StringBuilder h, ReportSection s) {
    h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(esc(s.title()));
    h.append("</h2>\n");
    if (s.empty()) {
      h.append("<p class=\"missing\">").append(esc(s.missing())).append("</p>\n");
    }
    for (ReportFigure f : s.figures()) {
      h.append("<figure id=\"figure-").append(f.id()).append("\">\n");
      h.append(inlineSvg(FigureExporter.svg(f.figure()))).append('\n');
      h.append("<figcaption>").append(esc(f.title())).append("</figcaption>\n");
      notes(h, f.notes());
      h.append("</figure>\n");
    }
    for (PackTable t : s.tables()) {
      table(h, t);
    }
    notes(h, s.notes());
    h.append("</section>\n");
  }

  private static void table(StringBuilder h, PackTable t) {
    h.append("<table id=\"table-").append(t.id()).append("\">\n<caption>").append(esc(t.title()));
    h.append("</caption>\n<thead><tr>");
    t.header().forEach(c -> h.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String tag = i == 0 ? "th scope=\"row\"" : "td";
        h.append('<').append(tag).append('>').append(cell(row.get(i)));
        h.append(i == 0 ? "</th>" : "</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    notes(h, t.notes());
  }

  private static void notes(StringBuilder h, List<String> notes) {
    notes.forEach(n -> h.append("<p class=\"note\">").append(esc(n)).append("</p>\n"));
  }

  /** The SVG document without its XML prolog, as HTML5 takes it inline. */
  static String inlineSvg(String svg) {
    int start = svg.indexOf("<svg");
    return start < 0 ? svg : svg.substring(start).strip();
  }

  /** Line breaks in an answer stay line breaks. */
  private static String cell(String text) {
    return esc(text).replace("\r\n", "\n").replace("\n", "<br>");
  }

  /** Only the markup characters: the page is UTF-8, so "τ²" and "▲" stay as they are. */
  private static String esc(String s) {
    return StringEscapeUtils.escapeXml10(s);
  }
}
