package org.winnow.strategies.render;

import java.util.Locale;
import java.util.stream.Collectors;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.syntax.FieldCatalog;
import org.winnow.strategies.syntax.MeshQualifiers;
import org.winnow.strategies.syntax.WordSyntax;
import org.winnow.strategies.syntax.ebsco.EbscoFields;

/** Writes EBSCOhost: {@code TI term}, {@code (MH "X+")}, {@code N3}, {@code S1 OR S2}. */
public final class EbscoRenderer extends Renderer {
  @Override
  protected WordSyntax words() {
    return WordSyntax.EBSCO;
  }

  @Override
  protected FieldCatalog fields() {
    return EbscoFields.CATALOG;
  }

  @Override
  protected String operator(Bool.Op op) {
    return op.name();
  }

  @Override
  protected String reference(int number) {
    return "S" + number;
  }

  @Override
  protected String phrase(Text text) {
    String s = plainWords(text);
    boolean special =
        text.words().stream()
            .anyMatch(
                w ->
                    w.literal().matches("(?i)and|or|not")
                        || w.literal().matches("[NW]\\d+|S\\d+|[A-Z]{2}|.*[()\\[\\]].*"));
    return text.quoted() || special ? quote(s) : s;
  }

  @Override
  protected String fielded(String code, Node inner) {
    return code + " " + operand(inner);
  }

  @Override
  protected String nearOperator(int gap, boolean ordered) {
    return (ordered ? "W" : "N") + gap;
  }

  @Override
  public String heading(Heading node) {
    vocabularyNote(node, "CINAHL Subject Headings");
    String code = node.major() ? "MM" : "MH";
    String name = node.name() + (node.explode() ? "+" : "");
    if (node.subheadings().isEmpty()) {
      return "(" + code + " " + quote(name) + ")";
    }
    return node.subheadings().stream()
        .map(s -> "(" + code + " " + quote(name + "/" + subheading(s)) + ")")
        .collect(Collectors.joining(" OR "));
  }

  private static String subheading(String s) {
    String code = MeshQualifiers.code(s);
    return (code == null ? s : code).toUpperCase(Locale.ROOT);
  }

  @Override
  protected boolean compound(Node node) {
    return super.compound(node) || (node instanceof Heading h && h.subheadings().size() > 1);
  }

  @Override
  public String dateRange(DateRange node) {
    if (node.field() != Field.PUBLICATION_DATE) {
      report.lossy(
          line, "EBSCOhost searches publication dates only: " + node.field().label() + " left out");
      return null;
    }
    String from = node.from() == null ? "1800" : node.from().replace("/", "");
    String to = node.to() == null ? "3000" : node.to().replace("/", "");
    return "DT " + (from.equals(to) ? from : from + "-" + to);
  }
}
