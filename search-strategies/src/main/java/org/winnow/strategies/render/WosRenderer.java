package org.winnow.strategies.render;

import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.syntax.FieldCatalog;
import org.winnow.strategies.syntax.WordSyntax;
import org.winnow.strategies.syntax.wos.WosFields;

/**
 * Writes Web of Science advanced search: {@code TS=(...)}, {@code NEAR/3}, {@code #1 AND #2}.
 * Phrases are always quoted, since Web of Science ANDs words side by side.
 */
public final class WosRenderer extends Renderer {
  /** Web of Science's proximity counts at most 15 words between. */
  private static final int MAX_NEAR = 15;

  @Override
  protected WordSyntax words() {
    return WordSyntax.WOS;
  }

  @Override
  protected FieldCatalog fields() {
    return WosFields.CATALOG;
  }

  @Override
  protected String operator(Bool.Op op) {
    return op.name();
  }

  @Override
  protected String reference(int number) {
    return "#" + number;
  }

  @Override
  protected String phrase(Text text) {
    String s = plainWords(text);
    boolean special =
        text.words().stream()
            .anyMatch(w -> w.literal().matches("(?i)and|or|not|near(/\\d+)?|same|[A-Z]{2,4}=.*"));
    return text.quoted() || text.isPhrase() || special ? quote(s) : s;
  }

  @Override
  protected String fielded(String code, Node inner) {
    return code + "=" + operand(inner);
  }

  @Override
  protected String nearOperator(int gap, boolean ordered) {
    if (ordered) {
      report.approximate(
          line, "Web of Science proximity has no order: NEAR/" + gap + " in any order");
    }
    if (gap > MAX_NEAR) {
      report.approximate(
          line, "Web of Science allows NEAR/15 at most: NEAR/" + gap + " written as NEAR/15");
      return "NEAR/" + MAX_NEAR;
    }
    return "NEAR/" + gap;
  }

  @Override
  public String heading(Heading node) {
    report.approximate(
        line,
        "Web of Science has no subject headings: "
            + node.name()
            + " searched as a phrase in Topic (TS=), without explosion");
    return "TS=" + quote(node.name());
  }

  @Override
  public String dateRange(DateRange node) {
    Integer from = DateRange.year(node.from());
    Integer to = DateRange.year(node.to());
    if (node.field() != Field.PUBLICATION_DATE) {
      report.lossy(
          line,
          "Web of Science searches publication years only: " + node.field().label() + " left out");
      return null;
    }
    if ((node.from() != null && node.from().length() > 4)
        || (node.to() != null && node.to().length() > 4)) {
      report.approximate(
          line, "Web of Science searches whole publication years: " + node + " widened to years");
    }
    String f = from == null ? "1900" : from.toString();
    String t = to == null ? "3000" : to.toString();
    return "PY=" + (f.equals(t) ? f : f + "-" + t);
  }
}
