package org.winnow.strategies.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Limit;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.NodeVisitor;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.report.TranslationReport;
import org.winnow.strategies.syntax.FieldCatalog;
import org.winnow.strategies.syntax.WordSyntax;

/**
 * Writes a tree in one dialect. Compound operands are always parenthesised, so the text means the
 * same whatever the dialect's operator precedence. What cannot be written exactly goes to the
 * report.
 */
public abstract class Renderer implements NodeVisitor<String> {
  protected TranslationReport report;
  protected Strategy strategy;
  protected int line;

  public final String render(Strategy strategy, TranslationReport report) {
    this.strategy = strategy;
    this.report = report;
    List<String> out = new ArrayList<>();
    for (SearchLine l : strategy.lines()) {
      line = l.number();
      String text = renderLine(l);
      if (text == null) {
        report.lossy(line, "nothing of this line could be written");
        text = "";
      }
      out.add(text);
    }
    return String.join("\n", out) + "\n";
  }

  protected String renderLine(SearchLine l) {
    return l.query().accept(this);
  }

  protected abstract WordSyntax words();

  protected abstract FieldCatalog fields();

  /** The dialect's word for an operator ({@code OR}, {@code or}, {@code AND NOT}). */
  protected abstract String operator(Bool.Op op);

  /** Writes one search word or phrase (already made writable) without a field. */
  protected abstract String phrase(Text text);

  /** Writes a fielded sub-query with one of the dialect's codes. */
  protected abstract String fielded(String code, Node inner);

  /** Writes proximity; gap and order as in {@link Near}. */
  protected abstract String nearOperator(int gap, boolean ordered);

  /**
   * An operand, in parentheses when it combines others; null when it could not be written at all
   * (already reported), and then left out of its parent.
   */
  protected String operand(Node node) {
    String s = node.accept(this);
    if (s == null) {
      return null;
    }
    return compound(node) ? "(" + s + ")" : s;
  }

  protected boolean compound(Node node) {
    return node instanceof Bool || node instanceof Near || node instanceof Limit;
  }

  @Override
  public String bool(Bool node) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < node.operands().size(); i++) {
      String s = operand(node.operands().get(i));
      if (s == null && i == 0 && node.op() == Bool.Op.NOT) {
        return null;
      }
      if (s != null) {
        parts.add(s);
      }
    }
    return parts.isEmpty() ? null : String.join(" " + operator(node.op()) + " ", parts);
  }

  @Override
  public String near(Near node) {
    String op = nearOperator(node.maxGap(), node.ordered());
    List<String> parts = new ArrayList<>();
    for (Node o : node.operands()) {
      String s = operand(o);
      if (s == null) {
        return null;
      }
      parts.add(s);
    }
    return String.join(" " + op + " ", parts);
  }

  /**
   * Notes a heading written in another thesaurus than the source's (MeSH in Ovid and PubMed, CINAHL
   * Subject Headings in EBSCOhost): the same name may not exist or explode alike.
   */
  protected void vocabularyNote(Heading heading, String vocabulary) {
    String source =
        switch (report.from()) {
          case "ovid", "pubmed" -> "MeSH";
          case "ebsco" -> "CINAHL Subject Headings";
          default -> null;
        };
    if (source != null && !source.equals(vocabulary)) {
      report.approximate(
          line,
          heading.name()
              + ": a "
              + source
              + " heading written as a "
              + vocabulary
              + " heading; check that it exists there and explodes alike");
    }
  }

  @Override
  public String text(Text node) {
    List<Text> variants = writable(node);
    if (variants.size() == 1) {
      return phrase(variants.get(0));
    }
    return "("
        + variants.stream()
            .map(this::phrase)
            .collect(Collectors.joining(" " + operator(Bool.Op.OR) + " "))
        + ")";
  }

  /**
   * The phrase as this dialect can write it: several phrases when a wildcard had to be expanded.
   */
  protected List<Text> writable(Text node) {
    List<List<Word>> phrases = new ArrayList<>();
    phrases.add(new ArrayList<>());
    for (Word w : node.words()) {
      List<Word> alternatives = words().adapt(w, m -> report.approximate(line, m));
      List<List<Word>> next = new ArrayList<>();
      for (List<Word> p : phrases) {
        for (Word a : alternatives) {
          List<Word> q = new ArrayList<>(p);
          q.add(a);
          next.add(q);
        }
      }
      phrases = next;
    }
    List<Text> out = new ArrayList<>();
    for (List<Word> p : phrases) {
      out.add(new Text(p, node.quoted(), node.span()));
    }
    return out;
  }

  @Override
  public String fielded(Fielded node) {
    List<String> codes = fieldCodes(node.fields());
    if (codes.isEmpty()) {
      return node.inner().accept(this);
    }
    if (node.inner().accept(this) == null) {
      return null;
    }
    if (codes.size() == 1) {
      return fielded(codes.get(0), node.inner());
    }
    return codes.stream()
        .map(c -> fielded(c, node.inner()))
        .collect(Collectors.joining(" " + operator(Bool.Op.OR) + " ", "(", ")"));
  }

  /**
   * The codes whose fields together are the wanted ones; else the nearest code (reported); else
   * none, searching the database's default fields (reported).
   */
  protected List<String> fieldCodes(Set<Field> wanted) {
    List<String> codes = fields().cover(wanted);
    if (!codes.isEmpty()) {
      return codes;
    }
    FieldCatalog.Approximation best = fields().approximate(wanted);
    if (best != null) {
      report.approximate(
          line,
          "no field code searches exactly "
              + labels(wanted)
              + ": used "
              + String.join(", ", best.codes())
              + " ("
              + labels(best.fields())
              + ")");
      return best.codes();
    }
    report.lossy(line, "no field code for " + labels(wanted) + ": searched in the default fields");
    return List.of();
  }

  protected static String labels(Set<Field> fields) {
    return fields.stream().map(Field::label).collect(Collectors.joining(", "));
  }

  @Override
  public String lineRef(LineRef node) {
    if (strategy.line(node.number()).isEmpty() || node.number() >= line) {
      report.lossy(line, "reference to line " + node.number() + " has no earlier line to refer to");
    }
    return reference(node.number());
  }

  /** How a line reference is written ({@code #3}, {@code S3}, {@code 3}). */
  protected abstract String reference(int number);

  @Override
  public String limit(Limit node) {
    List<Node> parts = new ArrayList<>();
    parts.add(node.target());
    for (Limit.Restriction r : node.restrictions()) {
      Node n = restriction(r);
      if (n != null) {
        parts.add(n);
      }
    }
    return parts.size() == 1
        ? node.target().accept(this)
        : bool(new Bool(Bool.Op.AND, parts, node.span()));
  }

  /**
   * A limit as a search of its own, ANDed with the limited search: languages and years as fields,
   * humans as the MeSH heading (approximate); other limits cannot be carried over (reported).
   */
  protected Node restriction(Limit.Restriction r) {
    if (r instanceof Limit.Language l) {
      return Fielded.of(Text.of(l.language()), Field.LANGUAGE);
    }
    if (r instanceof Limit.Years y) {
      return DateRange.years(y.from(), y.to());
    }
    if (r instanceof Limit.Dates d) {
      return new DateRange(d.field(), d.from(), d.to(), Span.NONE);
    }
    String name = ((Limit.Named) r).name();
    if (name.equals("humans")) {
      report.approximate(line, "limit to humans written as the subject heading Humans");
      return new Heading("Humans", false, false, List.of(), Span.NONE);
    }
    report.lossy(line, "limit to '" + name + "' has no equivalent here and was left out");
    return null;
  }

  /** Quotes a phrase with straight double quotes. */
  protected static String quote(String s) {
    return '"' + s + '"';
  }

  protected String plainWords(Text t) {
    return t.words().stream().map(words()::write).collect(Collectors.joining(" "));
  }
}
