package org.winnow.core.appraisal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;
import org.winnow.core.io.csv.CsvExporter;

/**
 * The MMAT 2018 summary per study and criterion, as reviews publish it: one table per category
 * (Markdown, HTML) or one row per study and item (CSV). No overall score by default: the MMAT 2018
 * user guide discourages one and advises showing each criterion. The optional count of criteria met
 * is labelled as descriptive wherever it appears.
 */
public final class MmatSummaryTable {
  /** What the tables say about scores, in every format. */
  public static final String NO_SCORE =
      "No overall score is given: the MMAT 2018 user guide discourages calculating one and advises"
          + " presenting the rating of each criterion.";

  public static final String CRITERIA_MET_NOTE =
      "\"Criteria met\" counts the criteria answered Yes in each component, for description only:"
          + " it is not a quality score.";

  public static final String SCREENING_NOTE =
      "S1 or S2 answered No or Can't tell: further appraisal may not be feasible or appropriate.";

  /** The CSV header (the last column only with the descriptive count). */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "study_id",
          "study",
          "status",
          "decided_by",
          "category",
          "quantitative_component",
          "item",
          "component",
          "question",
          "answer",
          "comment",
          "screening");

  public static final String CSV_CRITERIA_MET = "criteria_met_descriptive";

  /** The output formats. */
  public enum Format {
    CSV,
    MARKDOWN,
    HTML;

    public static Format parse(String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "md", "markdown" -> MARKDOWN;
        case "html", "htm" -> HTML;
        default -> throw new IllegalArgumentException("'" + s + "' is not csv, md or html");
      };
    }
  }

  private final List<MmatResult> results;
  private final boolean criteriaMet;

  /**
   * @param criteriaMet add the count of criteria met per component (descriptive only)
   */
  public MmatSummaryTable(List<MmatResult> results, boolean criteriaMet) {
    this.results = List.copyOf(results);
    this.criteriaMet = criteriaMet;
  }

  public void write(Format format, Writer out) throws IOException {
    switch (format) {
      case CSV -> csv(out);
      case MARKDOWN -> markdown(out);
      case HTML -> html(out);
    }
    out.flush();
  }

  // ---------------------------------------------------------------- CSV

  private void csv(Writer out) throws IOException {
    List<String> header = new ArrayList<>(CSV_COLUMNS);
    if (criteriaMet) {
      header.add(CSV_CRITERIA_MET);
    }
    CSVPrinter p =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build());
    for (MmatResult r : results) {
      MmatAppraisal a = r.finalAppraisal();
      if (a == null) {
        row(p, r, null, "", "", "", "", "", "appraisals disagree: awaiting consensus", "");
        continue;
      }
      String screening = a.screeningWarning().orElse("");
      Map<MmatCategory, Integer> met = a.criteriaMet();
      for (MmatCriterion s : List.of(MmatCriterion.S1, MmatCriterion.S2)) {
        row(
            p,
            r,
            a,
            s.code(),
            "screening",
            s.question(),
            label(a, s),
            comment(a, s),
            screening,
            "");
      }
      for (Map.Entry<MmatCategory, List<MmatCriterion>> e : a.components().entrySet()) {
        for (MmatCriterion c : e.getValue()) {
          row(
              p,
              r,
              a,
              c.code(),
              e.getKey().id(),
              c.question(),
              label(a, c),
              comment(a, c),
              screening,
              met.get(e.getKey()) + "/5");
        }
      }
    }
    p.flush();
  }

  private void row(
      CSVPrinter p,
      MmatResult r,
      MmatAppraisal a,
      String item,
      String component,
      String question,
      String answer,
      String comment,
      String screening,
      String met)
      throws IOException {
    List<String> cells =
        new ArrayList<>(
            List.of(
                r.study().id(),
                r.study().label(),
                r.status().id(),
                r.decidedBy() == null ? "" : r.decidedBy(),
                a == null || a.category() == null ? "" : a.category().id(),
                a == null || a.quantitativeComponent() == null
                    ? ""
                    : a.quantitativeComponent().id(),
                item,
                component,
                question,
                answer,
                comment,
                screening));
    if (criteriaMet) {
      cells.add(met);
    }
    p.printRecord(cells.stream().map(CsvExporter::guard).toList());
  }

  private static String label(MmatAppraisal a, MmatCriterion c) {
    return a.answer(c).map(x -> x.rating().label()).orElse("");
  }

  private static String comment(MmatAppraisal a, MmatCriterion c) {
    return a.answer(c).map(CriterionAnswer::comment).map(s -> s == null ? "" : s).orElse("");
  }

  // ---------------------------------------------------------------- tables (Markdown, HTML)

  /** One published table: its heading, header row, rows, and the questions its codes stand for. */
  public record Table(
      String title, List<String> header, List<List<String>> rows, List<String> legend) {}

  private record Comment(String study, String item, String text) {}

  /** One table per MMAT category with appraised studies, as Markdown and HTML show them. */
  public List<Table> tables() {
    Map<MmatCategory, List<MmatResult>> byCategory = new LinkedHashMap<>();
    List<MmatResult> uncategorised = new ArrayList<>();
    for (MmatCategory c : MmatCategory.values()) {
      byCategory.put(c, new ArrayList<>());
    }
    for (MmatResult r : results) {
      MmatAppraisal a = r.finalAppraisal();
      if (a == null) {
        continue;
      }
      if (a.category() == null) {
        uncategorised.add(r);
      } else {
        byCategory.get(a.category()).add(r);
      }
    }
    List<Table> out = new ArrayList<>();
    byCategory.forEach(
        (category, list) -> {
          if (!list.isEmpty()) {
            out.add(categoryTable(category, list));
          }
        });
    if (!uncategorised.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (MmatResult r : uncategorised) {
        MmatAppraisal a = r.finalAppraisal();
        rows.add(List.of(studyCell(r), label(a, MmatCriterion.S1), label(a, MmatCriterion.S2)));
      }
      out.add(
          new Table(
              "Not appraised further (screening)",
              List.of("Study", "S1", "S2"),
              rows,
              legend(List.of(MmatCriterion.S1, MmatCriterion.S2))));
    }
    return out;
  }

  private Table categoryTable(MmatCategory category, List<MmatResult> list) {
    boolean mixed = category == MmatCategory.MIXED_METHODS;
    List<String> header = new ArrayList<>(List.of("Study", "S1", "S2"));
    List<MmatCriterion> codes = new ArrayList<>(List.of(MmatCriterion.S1, MmatCriterion.S2));
    category.criteria().forEach(c -> header.add(c.code()));
    codes.addAll(category.criteria());
    if (mixed) {
      MmatCategory.QUALITATIVE.criteria().forEach(c -> header.add(c.code()));
      codes.addAll(MmatCategory.QUALITATIVE.criteria());
      header.add("Quantitative component");
      for (int i = 1; i <= 5; i++) {
        header.add("Q." + i);
      }
    }
    if (criteriaMet) {
      header.add("Criteria met (descriptive)");
    }
    List<List<String>> rows = new ArrayList<>();
    List<MmatCategory> quantitative = new ArrayList<>();
    for (MmatResult r : list) {
      MmatAppraisal a = r.finalAppraisal();
      List<String> row = new ArrayList<>();
      row.add(studyCell(r));
      row.add(label(a, MmatCriterion.S1));
      row.add(label(a, MmatCriterion.S2));
      category.criteria().forEach(c -> row.add(label(a, c)));
      if (mixed) {
        MmatCategory.QUALITATIVE.criteria().forEach(c -> row.add(label(a, c)));
        MmatCategory q = a.quantitativeComponent();
        row.add(q == null ? "" : q.number() + " " + q.label());
        for (int i = 0; i < 5; i++) {
          row.add(q == null ? "" : label(a, q.criteria().get(i)));
        }
        if (q != null && !quantitative.contains(q)) {
          quantitative.add(q);
        }
      }
      if (criteriaMet) {
        List<String> met = new ArrayList<>();
        a.criteriaMet().forEach((k, v) -> met.add((mixed ? k.number() + ".x " : "") + v + "/5"));
        row.add(String.join(", ", met));
      }
      rows.add(row);
    }
    List<String> legend = legend(codes);
    for (MmatCategory q : quantitative) {
      for (MmatCriterion c : q.criteria()) {
        legend.add(
            "Q."
                + c.code().substring(2)
                + " when "
                + q.number()
                + " "
                + q.label()
                + ": "
                + c.question());
      }
    }
    return new Table(category.number() + ". " + category.label(), header, rows, legend);
  }

  private static List<String> legend(List<MmatCriterion> codes) {
    List<String> out = new ArrayList<>();
    codes.forEach(c -> out.add(c.code() + ": " + c.question()));
    return out;
  }

  private static String studyCell(MmatResult r) {
    boolean concerns = !r.finalAppraisal().screeningConcerns().isEmpty();
    return r.study().label() + " (" + r.study().id() + ")" + (concerns ? " †" : "");
  }

  private List<Comment> comments() {
    List<Comment> out = new ArrayList<>();
    for (MmatResult r : results) {
      MmatAppraisal a = r.finalAppraisal();
      if (a == null) {
        continue;
      }
      a.answers()
          .forEach(
              (c, answer) -> {
                if (answer.comment() != null) {
                  out.add(
                      new Comment(
                          r.study().label() + " (" + r.study().id() + ")",
                          c.code(),
                          answer.comment()));
                }
              });
      if (a.note() != null) {
        out.add(new Comment(r.study().label() + " (" + r.study().id() + ")", "note", a.note()));
      }
    }
    return out;
  }

  /** What every table says about answers and scores. */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    out.add(
        "Each item is answered Yes, No or Can't tell (Mixed Methods Appraisal Tool, version 2018).");
    out.add(NO_SCORE);
    if (criteriaMet) {
      out.add(CRITERIA_MET_NOTE);
    }
    boolean anyConcern =
        results.stream()
            .anyMatch(
                r ->
                    r.finalAppraisal() != null
                        && !r.finalAppraisal().screeningConcerns().isEmpty());
    if (anyConcern) {
      out.add("† " + SCREENING_NOTE);
    }
    return out;
  }

  /** The studies whose appraisals disagree without a consensus, one line each. */
  public List<String> pending() {
    List<String> out = new ArrayList<>();
    for (MmatResult r : results) {
      if (r.finalAppraisal() == null) {
        List<String> by = r.appraisals().stream().map(Appraisal::by).toList();
        out.add(
            r.study().label()
                + " ("
                + r.study().id()
                + "): appraisals by "
                + String.join(", ", by)
                + " disagree; awaiting consensus");
      }
    }
    return out;
  }

  private void markdown(Writer out) throws IOException {
    StringBuilder s = new StringBuilder("# MMAT 2018 appraisal\n\n");
    notes().forEach(n -> s.append(n).append("\n\n"));
    for (Table t : tables()) {
      s.append("## ").append(md(t.title())).append("\n\n");
      mdRow(s, t.header());
      mdRow(s, t.header().stream().map(h -> "---").toList());
      t.rows().forEach(r -> mdRow(s, r));
      s.append('\n');
      t.legend().forEach(l -> s.append("- ").append(md(l)).append('\n'));
      s.append('\n');
    }
    List<String> pending = pending();
    if (!pending.isEmpty()) {
      s.append("## Awaiting consensus\n\n");
      pending.forEach(p -> s.append("- ").append(md(p)).append('\n'));
      s.append('\n');
    }
    List<Comment> comments = comments();
    if (!comments.isEmpty()) {
      s.append("## Comments\n\n");
      comments.forEach(
          c ->
              s.append("- ")
                  .append(md(c.study()))
                  .append(", ")
                  .append(c.item())
                  .append(": ")
                  .append(md(c.text()))
                  .append('\n'));
    }
    out.write(s.toString());
  }

  private static void mdRow(StringBuilder s, List<String> cells) {
    s.append('|');
    cells.forEach(c -> s.append(' ').append(md(c)).append(" |"));
    s.append('\n');
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  private void html(Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>MMAT 2018 appraisal</title>\n<style>\n")
        .append(
            "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #999;padding:.3em .6em;text-align:center}")
        .append("td:first-child{text-align:left}caption{font-weight:bold;text-align:left}")
        .append(".yes{background:#e3f4e1}.no{background:#f9e0e0}.cant-tell{background:#fdf4d6}\n")
        .append("</style>\n</head>\n<body>\n<h1>MMAT 2018 appraisal</h1>\n");
    notes().forEach(n -> s.append("<p>").append(h(n)).append("</p>\n"));
    for (Table t : tables()) {
      s.append("<table>\n<caption>").append(h(t.title())).append("</caption>\n<thead><tr>");
      t.header().forEach(c -> s.append("<th scope=\"col\">").append(h(c)).append("</th>"));
      s.append("</tr></thead>\n<tbody>\n");
      for (List<String> row : t.rows()) {
        s.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          String cell = row.get(i);
          String css = cssOf(cell);
          s.append(
                  i == 0
                      ? "<th scope=\"row\">"
                      : css == null ? "<td>" : "<td class=\"" + css + "\">")
              .append(h(cell))
              .append(i == 0 ? "</th>" : "</td>");
        }
        s.append("</tr>\n");
      }
      s.append("</tbody>\n</table>\n<ul class=\"legend\">\n");
      t.legend().forEach(l -> s.append("<li>").append(h(l)).append("</li>\n"));
      s.append("</ul>\n");
    }
    List<String> pending = pending();
    if (!pending.isEmpty()) {
      s.append("<h2>Awaiting consensus</h2>\n<ul>\n");
      pending.forEach(p -> s.append("<li>").append(h(p)).append("</li>\n"));
      s.append("</ul>\n");
    }
    List<Comment> comments = comments();
    if (!comments.isEmpty()) {
      s.append("<h2>Comments</h2>\n<ul>\n");
      comments.forEach(
          c ->
              s.append("<li>")
                  .append(h(c.study()))
                  .append(", ")
                  .append(h(c.item()))
                  .append(": ")
                  .append(h(c.text()))
                  .append("</li>\n"));
      s.append("</ul>\n");
    }
    s.append("</body>\n</html>\n");
    out.write(s.toString());
  }

  private static String cssOf(String cell) {
    for (MmatRating r : MmatRating.values()) {
      if (r.label().equals(cell)) {
        return r.id();
      }
    }
    return null;
  }

  private static String h(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
