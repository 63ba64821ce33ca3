package org.winnow.strategies.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Limit;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.syntax.FieldCatalog;
import org.winnow.strategies.syntax.MeshQualifiers;
import org.winnow.strategies.syntax.WordSyntax;
import org.winnow.strategies.syntax.ovid.OvidFields;

/**
 * Writes Ovid: {@code exp X/}, {@code (a or b).tw.}, {@code adj3}, {@code or/1-5}, {@code limit}.
 */
public final class OvidRenderer extends Renderer {
  private static final Pattern OPERATOR_WORD = Pattern.compile("(?i)or|and|not|adj\\d*");

  /** Longest year range written out year by year ({@code (2012 or 2013).yr.}). */
  private static final int MAX_LISTED_YEARS = 30;

  @Override
  protected WordSyntax words() {
    return WordSyntax.OVID;
  }

  @Override
  protected FieldCatalog fields() {
    return OvidFields.CATALOG;
  }

  @Override
  protected String operator(Bool.Op op) {
    return op.name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected String reference(int number) {
    return Integer.toString(number);
  }

  @Override
  protected String renderLine(SearchLine l) {
    if (l.query() instanceof Bool b
        && b.op() != Bool.Op.NOT
        && b.operands().stream().allMatch(o -> o instanceof LineRef)) {
      b.operands().forEach(o -> lineRef((LineRef) o));
      return operator(b.op()) + "/" + ranges(b.operands());
    }
    if (l.query() instanceof Limit limit && limit.target() instanceof LineRef ref) {
      lineRef(ref);
      return "limit " + ref.number() + " to " + restrictions(limit.restrictions());
    }
    return super.renderLine(l);
  }

  /** {@code 1-5,7}. */
  private static String ranges(List<Node> refs) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < refs.size()) {
      int from = ((LineRef) refs.get(i)).number();
      int j = i;
      while (j + 1 < refs.size()
          && ((LineRef) refs.get(j + 1)).number() == ((LineRef) refs.get(j)).number() + 1) {
        j++;
      }
      int to = ((LineRef) refs.get(j)).number();
      parts.add(from == to ? Integer.toString(from) : from + "-" + to);
      i = j + 1;
    }
    return String.join(",", parts);
  }

  private static String restrictions(List<Limit.Restriction> restrictions) {
    List<String> out = new ArrayList<>();
    for (Limit.Restriction r : restrictions) {
      if (r instanceof Limit.Language l) {
        out.add(l.language() + " language");
      } else if (r instanceof Limit.Years y) {
        out.add(
            "yr=\""
                + (y.from() == null ? "1800" : y.from())
                + " - "
                + (y.to() == null ? "Current" : y.to())
                + "\"");
      } else if (r instanceof Limit.Dates d) {
        out.add(
            (d.field() == Field.ENTRY_DATE ? "ed" : "dt")
                + "="
                + (d.from() == null ? "" : d.from().replace("/", ""))
                + "-"
                + (d.to() == null ? "" : d.to().replace("/", "")));
      } else {
        String name = ((Limit.Named) r).name();
        out.add(name.matches("[\\w ]+") ? name : '"' + name + '"');
      }
    }
    return out.size() == 1 ? out.get(0) : "(" + String.join(" and ", out) + ")";
  }

  @Override
  protected String phrase(Text text) {
    String s = plainWords(text);
    boolean needsQuotes =
        text.words().stream()
                .anyMatch(
                    w ->
                        OPERATOR_WORD.matcher(w.literal()).matches()
                            || w.literal().matches(".*[/()\\[\\]].*"))
            || (text.words().size() == 1
                && text.words().get(0).literal().matches("\\d+")
                && !text.hasWildcards());
    return text.quoted() || needsQuotes ? quote(s) : s;
  }

  @Override
  public String fielded(Fielded node) {
    List<String> codes = fieldCodes(node.fields());
    if (codes.isEmpty()) {
      return node.inner().accept(this);
    }
    return fielded(String.join(",", codes), node.inner());
  }

  @Override
  protected String fielded(String code, Node inner) {
    if (inner instanceof Heading || inner instanceof LineRef || inner instanceof DateRange) {
      report.note(line, "field ." + code + ". does not apply to " + inner + " and was left out");
      return inner.accept(this);
    }
    String s = inner.accept(this);
    if (s == null) {
      return null;
    }
    boolean wrap = compound(inner) || inner instanceof Fielded;
    return (wrap ? "(" + s + ")" : s) + "." + code + ".";
  }

  @Override
  protected String nearOperator(int gap, boolean ordered) {
    if (ordered && gap == 0) {
      return "adj";
    }
    if (ordered) {
      report.approximate(
          line,
          "Ovid has no ordered proximity beyond adjacency: written as adj"
              + (gap + 1)
              + " (any order)");
    }
    return "adj" + (gap + 1);
  }

  @Override
  public String heading(Heading node) {
    vocabularyNote(node, "MeSH");
    String name = node.name();
    boolean quote =
        Arrays.stream(name.split("\\s+")).anyMatch(w -> OPERATOR_WORD.matcher(w).matches())
            || name.matches(".*[/()\"].*");
    List<String> codes = new ArrayList<>();
    for (String s : node.subheadings()) {
      String code = MeshQualifiers.code(s);
      if (code == null) {
        report.lossy(
            line, "subheading '" + s + "' of " + name + " has no Ovid code and was left out");
      } else {
        codes.add(code);
      }
    }
    return (node.explode() ? "exp " : "")
        + (node.major() ? "*" : "")
        + (quote ? quote(name) : name)
        + "/"
        + String.join(",", codes);
  }

  @Override
  public String dateRange(DateRange node) {
    String code =
        node.field() == Field.PUBLICATION_DATE
            ? "yr"
            : node.field() == Field.ENTRY_DATE ? "ed" : null;
    Integer from = DateRange.year(node.from());
    Integer to = DateRange.year(node.to());
    if (code == null || from == null || to == null || to < from || to - from >= MAX_LISTED_YEARS) {
      report.lossy(
          line,
          "Ovid limits dates with 'limit N to yr=' on a line of its own: "
              + node.field().label()
              + " "
              + (node.from() == null ? "" : node.from())
              + "-"
              + (node.to() == null ? "" : node.to())
              + " written as a year search that may be incomplete");
      from = from == null ? to : from;
      to = to == null ? from : to;
    }
    if ((node.from() != null && node.from().length() > 4)
        || (node.to() != null && node.to().length() > 4)) {
      report.approximate(
          line, "dates " + node.from() + " to " + node.to() + " searched as whole years");
    }
    String star = code != null && code.equals("ed") ? "*" : "";
    List<String> years = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      years.add(y + star);
    }
    String c = code == null ? "yr" : code;
    return years.size() == 1
        ? years.get(0) + "." + c + "."
        : years.stream().collect(Collectors.joining(" or ", "(", ")." + c + "."));
  }
}
