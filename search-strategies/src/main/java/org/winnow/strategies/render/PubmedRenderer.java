package org.winnow.strategies.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.syntax.FieldCatalog;
import org.winnow.strategies.syntax.WordSyntax;
import org.winnow.strategies.syntax.pubmed.PubmedFields;

/**
 * Writes PubMed: tags on every term ({@code (a[tiab] OR b[tiab])}, since PubMed cannot tag a
 * group), {@code "X"[Mesh]}, {@code "a b"[tiab:~2]}, {@code 2020:2024[dp]}, {@code #1 AND #2}.
 */
public final class PubmedRenderer extends Renderer {
  private static final Set<Field> PROXIMITY_FIELDS = EnumSet.of(Field.TITLE, Field.ABSTRACT);

  @Override
  protected WordSyntax words() {
    return WordSyntax.PUBMED;
  }

  @Override
  protected FieldCatalog fields() {
    return PubmedFields.CATALOG;
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
  protected String renderLine(SearchLine l) {
    return proximityKept(l.query()).accept(this);
  }

  /** Fields onto terms, except a title/abstract proximity PubMed can write as {@code [tiab:~N]}. */
  private Node proximityKept(Node query) {
    return Trees.fieldsOnTerms(query);
  }

  @Override
  protected String phrase(Text text) {
    String s = plainWords(text);
    boolean operatorWord =
        text.words().stream()
            .anyMatch(
                w ->
                    w.literal().matches("(?i)and|or|not")
                        || w.literal().matches(".*[()\\[\\]#].*"));
    // a tag after unquoted words applies to the last word only when one is truncated
    boolean truncatedPhrase = text.isPhrase() && text.hasWildcards();
    return text.quoted() || operatorWord || truncatedPhrase ? quote(s) : s;
  }

  @Override
  public String fielded(Fielded node) {
    if (node.inner() instanceof Text t) {
      List<String> codes = fieldCodes(node.fields());
      List<String> out = new ArrayList<>();
      for (Text v : writable(t)) {
        for (String code : codes) {
          out.add(phrase(v) + "[" + code + "]");
        }
      }
      if (codes.isEmpty()) {
        return t.accept(this);
      }
      return out.size() == 1
          ? out.get(0)
          : out.stream().collect(Collectors.joining(" OR ", "(", ")"));
    }
    return node.inner().accept(this);
  }

  @Override
  protected String fielded(String code, Node inner) {
    return inner.accept(this) + "[" + code + "]";
  }

  @Override
  public String near(Near node) {
    String proximity = proximity(node);
    if (proximity != null) {
      return proximity;
    }
    report.lossy(
        line,
        "PubMed proximity ([tiab:~N]) takes plain words in title or abstract only: a proximity"
            + " with truncation, alternatives or other fields written as AND");
    return bool(new Bool(Bool.Op.AND, node.operands(), node.span()));
  }

  /**
   * {@code "a b"[tiab:~2]} when every operand is one plain word in the same title/abstract field.
   */
  private String proximity(Near node) {
    String phrase = adjacentWords(node);
    if (phrase != null) {
      return phrase;
    }
    Set<Field> fields = null;
    List<String> words = new ArrayList<>();
    for (Node o : node.operands()) {
      if (!(o instanceof Fielded f)
          || !(f.inner() instanceof Text t)
          || t.isPhrase()
          || t.hasWildcards()) {
        return null;
      }
      if (fields != null && !fields.equals(f.fields())) {
        return null;
      }
      fields = f.fields();
      words.add(words().write(t.words().get(0)));
    }
    if (fields == null || !PROXIMITY_FIELDS.containsAll(fields)) {
      return null;
    }
    if (node.ordered()) {
      report.approximate(line, "PubMed proximity has no order: " + node + " written in any order");
    }
    return quote(String.join(" ", words))
        + "["
        + fields().exact(fields).orElseThrow()
        + ":~"
        + node.maxGap()
        + "]";
  }

  /**
   * Words next to each other in order ({@code VEGF adj trap$}) in one field set are a phrase, which
   * PubMed searches with truncation too: {@code "VEGF trap*"[tiab]}.
   */
  private String adjacentWords(Near node) {
    if (!node.ordered() || node.maxGap() != 0) {
      return null;
    }
    Set<Field> fields = null;
    List<String> words = new ArrayList<>();
    for (Node o : node.operands()) {
      if (!(o instanceof Fielded f) || !(f.inner() instanceof Text t)) {
        return null;
      }
      if (fields != null && !fields.equals(f.fields())) {
        return null;
      }
      fields = f.fields();
      for (var w : t.words()) {
        words.add(words().write(w));
      }
    }
    if (fields == null || fields().exact(fields).isEmpty()) {
      return null;
    }
    return quote(String.join(" ", words)) + "[" + fields().exact(fields).get() + "]";
  }

  @Override
  protected String nearOperator(int gap, boolean ordered) {
    return "AND";
  }

  @Override
  public String heading(Heading node) {
    vocabularyNote(node, "MeSH");
    String tag = (node.major() ? "Majr" : "Mesh") + (node.explode() ? "" : ":NoExp");
    if (node.subheadings().isEmpty()) {
      return quote(node.name()) + "[" + tag + "]";
    }
    return node.subheadings().stream()
        .map(s -> quote(node.name() + "/" + s) + "[" + tag + "]")
        .collect(
            Collectors.joining(
                " OR ",
                node.subheadings().size() > 1 ? "(" : "",
                node.subheadings().size() > 1 ? ")" : ""));
  }

  @Override
  public String dateRange(DateRange node) {
    String tag = PubmedFields.DATE_TAGS.get(node.field());
    String from = node.from() == null ? "1800" : node.from();
    String to = node.to() == null ? "3000" : node.to();
    return (from.equals(to) ? from : from + ":" + to) + "[" + tag + "]";
  }
}
