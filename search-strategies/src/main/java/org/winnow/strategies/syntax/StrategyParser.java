package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.NodeRewriter;
import org.winnow.strategies.ast.SearchLine;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;

/**
 * Reads a whole strategy: splits it into search lines, strips line numbers when every line carries
 * one ({@code 1.}, {@code #1}, {@code S1}), parses each line with the dialect and checks that line
 * references point to earlier lines.
 */
public abstract class StrategyParser {
  private static final Pattern TRAILING_NOTE =
      Pattern.compile("(?i)\\s*total\\s+(references|records|hits|results)\\s*[=:]\\s*[\\d,]+\\s*$");

  /** One search line to parse: offsets into the source and the label its author gave it. */
  public record LineSpec(int start, int end, String label) {}

  /** The numbering prefix of a history line; group "n" is the number. */
  protected abstract Pattern numbering();

  /** The dialect's expression parser over one line's tokens. */
  protected abstract InfixParser expression(Source source, List<Token> tokens);

  /** Whether {@code {braces}} quote a phrase (Scopus). */
  protected boolean bracesQuote() {
    return false;
  }

  /** Parses one search line, {@code [start, end)} of the source text. */
  protected Node parseLine(Source source, int start, int end, int number)
      throws StrategySyntaxException {
    return expression(source, new Lexer(source, bracesQuote()).tokens(start, end)).parseAll();
  }

  /**
   * Whether bare numbers in a line made only of numbers and references are references ({@code #1 OR
   * #2 OR 6} means {@code #6}): true where references carry a mark ({@code #}, {@code S}).
   */
  protected boolean bareNumbersInReferenceLines() {
    return true;
  }

  public ParseResult parse(String text) throws StrategySyntaxException {
    Source source = new Source(text);
    List<LogicalLines.Segment> segments =
        PrintedHistory.searches(source, LogicalLines.split(source.text()));
    if (segments.isEmpty()) {
      throw source.error(0, "no search lines");
    }
    List<LineSpec> specs = layout(source, segments);
    if (specs.isEmpty()) {
      throw source.error(0, "no search lines");
    }
    Map<String, Integer> labels = new HashMap<>();
    Map<Integer, Integer> written = writtenNumbers(specs);
    List<SearchLine> lines = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      LineSpec spec = specs.get(i);
      int number = i + 1;
      int end = withoutTrailingNote(source, spec.start(), spec.end());
      end = PrintedHistory.searchEnd(source, spec.start(), end);
      int start = searchStart(source, spec.start(), end);
      Node query = parseLine(source, start, end, number);
      if (!written.isEmpty()) {
        query = byWrittenNumber(source, query, written);
      }
      if (bareNumbersInReferenceLines()) {
        query = labelsAsReferences(source, query, labels);
      }
      checkReferences(source, query, number);
      lines.add(new SearchLine(number, spec.label(), query, source.span(start, end)));
      labels.put(Integer.toString(number), number);
      if (spec.label() != null) {
        labels.put(labelKey(spec.label()), number);
      }
    }
    return new ParseResult(new Strategy(lines), source.warnings());
  }

  /**
   * Which segments are searches and what they are labelled. By default every segment is a search,
   * numbered by its position. When the first segment starts with a number and the numbers written
   * go up (they need not start at 1 nor leave no gap: an excerpt of a history), the written numbers
   * are labels, and a segment without one continues the search before it (a line break inside a
   * search, as PDF copies have).
   */
  protected List<LineSpec> layout(Source source, List<LogicalLines.Segment> segments) {
    String text = source.text();
    List<LineSpec> numbered = new ArrayList<>();
    int previous = -1;
    for (LogicalLines.Segment seg : segments) {
      Matcher m = numbering().matcher(text.substring(seg.start(), seg.end()));
      boolean labelled = m.lookingAt() && m.end() < seg.end() - seg.start();
      if (labelled && Integer.parseInt(m.group("n")) > previous) {
        previous = Integer.parseInt(m.group("n"));
        numbered.add(new LineSpec(seg.start() + m.end(), seg.end(), m.group().trim()));
      } else if (!numbered.isEmpty() && !labelled) {
        LineSpec last = numbered.remove(numbered.size() - 1);
        source.warn(
            seg.start(),
            "line "
                + source.lineOf(seg.start())
                + " has no number: it continues line "
                + source.lineOf(last.start())
                + " (a line break inside the search)");
        numbered.add(new LineSpec(last.start(), seg.end(), last.label()));
      } else {
        numbered = null;
        break;
      }
    }
    boolean single =
        segments.size() == 1 && numbered != null && labelKey(numbered.get(0).label()).equals("1");
    if (numbered != null && (numbered.size() > 1 || single)) {
      return numbered;
    }
    List<LineSpec> plain = new ArrayList<>();
    for (LogicalLines.Segment seg : segments) {
      plain.add(new LineSpec(seg.start(), seg.end(), null));
    }
    return plain;
  }

  /**
   * Where the search of a line starts: after what a database echoes before it (PubMed's {@code
   * Search}). By default at {@code start}.
   */
  protected int searchStart(Source source, int start, int end) {
    return start;
  }

  /**
   * The written number of each numbered line and its position, when the two differ ({@code 6.},
   * {@code 7.}, {@code 8. 6 or 7}); empty when the lines are numbered by position or not at all.
   */
  private static Map<Integer, Integer> writtenNumbers(List<LineSpec> specs) {
    Map<Integer, Integer> written = new HashMap<>();
    boolean positional = true;
    for (int i = 0; i < specs.size(); i++) {
      String label = specs.get(i).label();
      if (label == null || !labelKey(label).matches("\\d{1,6}")) {
        return Map.of();
      }
      int n = Integer.parseInt(labelKey(label));
      written.put(n, i + 1);
      positional &= n == i + 1;
    }
    return positional ? Map.of() : written;
  }

  /** References name the written numbers: each becomes the position of the line so numbered. */
  private static Node byWrittenNumber(Source source, Node query, Map<Integer, Integer> written) {
    return new NodeRewriter() {
      @Override
      public Node lineRef(LineRef r) {
        Integer position = written.get(r.number());
        if (position == null) {
          source.warn(
              r.span(), "reference to line " + r.number() + ", which this strategy does not show");
          return r;
        }
        return new LineRef(position, r.span());
      }
    }.rewrite(query);
  }

  /** A label as references write it: {@code 1.} and {@code 1} are the same line. */
  protected static String labelKey(String label) {
    return label.trim().replaceAll("^#|[.:)]$", "").toLowerCase(Locale.ROOT);
  }

  /** A hit count pasted after a search ({@code Total references = 1551}) is not part of it. */
  private static int withoutTrailingNote(Source source, int start, int end) {
    Matcher m = TRAILING_NOTE.matcher(source.text().substring(start, end));
    if (m.find() && m.start() > 0) {
      source.warn(start + m.start(), "note '" + m.group().trim() + "' after the search ignored");
      return start + m.start();
    }
    return end;
  }

  /**
   * In a line made only of references and bare words naming earlier lines ({@code #1 OR #2 OR 6},
   * {@code 1a and (2a or 3)}), the bare words are references.
   */
  private static Node labelsAsReferences(Source source, Node query, Map<String, Integer> labels) {
    List<Node> leaves = new ArrayList<>();
    for (Node n : Trees.nodes(query)) {
      if (!(n instanceof Bool)) {
        leaves.add(n);
      }
    }
    // one bare number alone is a search for that number; one bare label (A) is a reference
    boolean single = leaves.size() == 1 && !Trees.nodes(query).get(0).toString().matches("\\d+");
    boolean referencesOnly =
        (leaves.size() >= 2 || single)
            && leaves.stream().allMatch(n -> n instanceof LineRef || label(n, labels) != null);
    if (!referencesOnly || leaves.stream().noneMatch(n -> label(n, labels) != null)) {
      return query;
    }
    return new NodeRewriter() {
      @Override
      public Node text(Text node) {
        Integer n = label(node, labels);
        if (n == null) {
          return node;
        }
        source.warn(
            node.span(), "'" + node + "' in a line of references read as a reference to line " + n);
        return new LineRef(n, node.span());
      }
    }.rewrite(query);
  }

  private static Integer label(Node node, Map<String, Integer> labels) {
    if (node instanceof Text t && !t.quoted() && t.words().size() == 1 && !t.hasWildcards()) {
      return labels.get(labelKey(t.words().get(0).literal()));
    }
    return null;
  }

  private static void checkReferences(Source source, Node query, int number) {
    for (Node n : Trees.nodes(query)) {
      if (n instanceof LineRef r && r.number() >= number) {
        source.warn(
            r.span(),
            "reference to line " + r.number() + " is not to an earlier line of this strategy");
      }
    }
  }
}
