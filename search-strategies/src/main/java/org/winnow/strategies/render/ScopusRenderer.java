package org.winnow.strategies.render;

import java.util.HashSet;
import java.util.Set;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.syntax.FieldCatalog;
import org.winnow.strategies.syntax.WordSyntax;
import org.winnow.strategies.syntax.scopus.ScopusFields;

/**
 * Writes Scopus advanced search: {@code TITLE-ABS-KEY(...)}, {@code W/3}, {@code AND NOT}, {@code
 * PUBYEAR > 2010}. Scopus has no search history, so a line reference is replaced by the line it
 * names (reported).
 */
public final class ScopusRenderer extends Renderer {
  private final Set<Integer> inlining = new HashSet<>();

  @Override
  protected WordSyntax words() {
    return WordSyntax.SCOPUS;
  }

  @Override
  protected FieldCatalog fields() {
    return ScopusFields.CATALOG;
  }

  @Override
  protected String operator(Bool.Op op) {
    return op == Bool.Op.NOT ? "AND NOT" : op.name();
  }

  @Override
  protected String reference(int number) {
    return "#" + number;
  }

  @Override
  public String lineRef(LineRef node) {
    var target = strategy.line(node.number());
    if (target.isEmpty() || node.number() >= line || !inlining.add(node.number())) {
      report.lossy(
          line, "reference to line " + node.number() + " has no earlier line to put in its place");
      return quote("#" + node.number());
    }
    report.note(
        line, "Scopus has no search history: line " + node.number() + " written out in full");
    String s = target.get().query().accept(this);
    inlining.remove(node.number());
    return s;
  }

  @Override
  protected boolean compound(Node node) {
    if (node instanceof LineRef r) {
      return strategy.line(r.number()).map(SearchLine::query).map(super::compound).orElse(false);
    }
    return super.compound(node)
        || node instanceof DateRange d
            && d.from() != null
            && d.to() != null
            && !d.from().equals(d.to());
  }

  @Override
  protected String phrase(Text text) {
    String s = plainWords(text);
    boolean special =
        text.words().stream().anyMatch(w -> w.literal().matches("(?i)and|or|not|(w|pre)/\\d+"));
    return text.quoted() || text.isPhrase() || special ? quote(s) : s;
  }

  @Override
  protected String fielded(String code, Node inner) {
    return code + "(" + inner.accept(this) + ")";
  }

  @Override
  protected String nearOperator(int gap, boolean ordered) {
    return (ordered ? "PRE/" : "W/") + gap;
  }

  @Override
  public String heading(Heading node) {
    report.approximate(
        line,
        "Scopus has no thesaurus explosion: heading "
            + node.name()
            + " searched as an index term (INDEXTERMS), narrower headings not included");
    return "INDEXTERMS(" + quote(node.name()) + ")";
  }

  @Override
  public String dateRange(DateRange node) {
    if (node.field() != Field.PUBLICATION_DATE) {
      report.lossy(
          line, "Scopus searches publication years only: " + node.field().label() + " left out");
      return null;
    }
    Integer from = DateRange.year(node.from());
    Integer to = DateRange.year(node.to());
    if (from != null && from.equals(to)) {
      return "PUBYEAR = " + from;
    }
    String lower = from == null ? null : "PUBYEAR > " + (from - 1);
    String upper = to == null ? null : "PUBYEAR < " + (to + 1);
    return lower == null ? upper : upper == null ? lower : lower + " AND " + upper;
  }
}
