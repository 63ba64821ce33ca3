package org.winnow.strategies.syntax.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.syntax.InfixParser;
import org.winnow.strategies.syntax.LogicalLines;
import org.winnow.strategies.syntax.Operator;
import org.winnow.strategies.syntax.Source;
import org.winnow.strategies.syntax.StrategyParser;
import org.winnow.strategies.syntax.StrategySyntaxException;
import org.winnow.strategies.syntax.Token;
import org.winnow.strategies.syntax.WordSyntax;

/**
 * PubMed queries: {@code term[tiab]}, {@code "Heading"[Mesh]}, {@code [Majr]}, {@code [mh:noexp]},
 * {@code Heading/subheading[Majr]}, {@code "a b"[tiab:~2]}, {@code 2020:2024[dp]}, {@code #1 AND
 * #2}. PubMed reads operators left to right, and two terms side by side are ANDed (with a warning).
 */
public final class PubmedParser extends StrategyParser {
  private static final Pattern NUMBERING = Pattern.compile("\\s*#?(?<n>\\d+)[.:)]?\\s+");
  private static final Pattern REF = Pattern.compile("#(\\d+)");
  private static final Pattern MESH =
      Pattern.compile("(?i)(mh|mesh|mesh terms|majr|mesh major topic)(:no ?exp)?");
  private static final Pattern PROXIMITY =
      Pattern.compile("(?i)(tiab|ti|ab|title|abstract|title/abstract):~(\\d+)");

  /** {@code 1 Index test: clinical red flags}, {@code 2. Population: ...}. */
  private static final Pattern HEADING =
      Pattern.compile(
          "\\s*(?<label>\\d+[a-z]?)\\.?\\s+(?<title>[A-Z][^\\[\\]\"\u201C\u201D#]*?:.*)");

  /** {@code 1a} alone: the label of the next search. */
  private static final Pattern LABEL = Pattern.compile("\\s*(?<label>\\d+[a-z]?)\\.?\\s*");

  /** {@code A. 1a and 2b}, {@code Final search: A or B}. */
  private static final Pattern LABELLED =
      Pattern.compile("\\s*(?<label>[A-Z]\\.|[A-Z][a-z]+(?: [a-z]+)*:)\\s+");

  /** PubMed's history echoes {@code Search} (older) or {@code Search:} before each query. */
  private static final Pattern ECHO =
      Pattern.compile("\\s*Search:?\\s+(?!\\[|(?i:and|or|not)(?:\\s|$))(?=\\S)");

  private static final Pattern QUERY_SYNTAX =
      Pattern.compile("(?i)[\\[\"\u201C\u201D#*]|\\b(and|or|not)\\b");

  @Override
  protected Pattern numbering() {
    return NUMBERING;
  }

  /**
   * Some published strategies are documents rather than search histories: numbered headings ({@code
   * 1 Index test: ...}), sub-searches labelled {@code 1a}, combinations labelled {@code A.} that
   * name them ({@code 1a and (2a or 3)}). Headings and prose lines become warnings, each search
   * keeps its label, and references to labels are resolved.
   */
  @Override
  protected List<LineSpec> layout(Source source, List<LogicalLines.Segment> segments) {
    String text = source.text();
    if (segments.stream()
        .noneMatch(s -> HEADING.matcher(text.substring(s.start(), s.end())).matches())) {
      return super.layout(source, segments);
    }
    List<LineSpec> specs = new ArrayList<>();
    String section = null;
    String pending = null;
    for (LogicalLines.Segment seg : segments) {
      String line = text.substring(seg.start(), seg.end());
      Matcher heading = HEADING.matcher(line);
      Matcher label = LABEL.matcher(line);
      Matcher labelled = LABELLED.matcher(line);
      if (heading.matches()) {
        section = heading.group("label");
        pending = null;
        source.warn(seg.start(), "heading '" + line.trim() + "' read as a comment");
      } else if (label.matches()) {
        pending = label.group("label");
      } else if (labelled.lookingAt()) {
        String name = labelled.group("label");
        specs.add(
            new LineSpec(
                seg.start() + labelled.end(), seg.end(), name.substring(0, name.length() - 1)));
      } else if (!QUERY_SYNTAX.matcher(line).find()) {
        source.warn(seg.start(), "prose line '" + line.trim() + "' read as a comment");
        Matcher numberedProse = LABEL.matcher(line.trim().split("\\s+")[0]);
        if (numberedProse.matches()) {
          section =
              numberedProse.group("label"); // an unnumbered-colon heading: 4 Methodological filter
          pending = null;
        }
      } else {
        specs.add(new LineSpec(seg.start(), seg.end(), pending != null ? pending : section));
        pending = null;
      }
    }
    return specs;
  }

  @Override
  protected int searchStart(Source source, int start, int end) {
    Matcher echo = ECHO.matcher(source.text()).region(start, end);
    if (echo.lookingAt()) {
      source.warn(
          start, "'Search' echoed by PubMed's history before the query kept as an annotation");
      return echo.end();
    }
    return start;
  }

  /**
   * A tag as PubMed reads it: case and spaces around {@code :}, {@code /} and {@code ~} do not
   * matter ({@code [MeSH Terms : NoExp]}, {@code [Title/Abstract: ~3]}).
   */
  static String normalTag(String tag) {
    return tag.trim().replaceAll("\\s*([:/~])\\s*", "$1").replaceAll("\\s+", " ");
  }

  @Override
  protected InfixParser expression(Source source, List<Token> tokens) {
    return new Expression(source, tokens);
  }

  private static final class Expression extends InfixParser {
    Expression(Source source, List<Token> tokens) {
      super(source, tokens);
    }

    @Override
    protected Operator operator() {
      return booleanOperator();
    }

    @Override
    protected int precedence(Operator op) {
      return 1; // strictly left to right
    }

    @Override
    protected Node operand() throws StrategySyntaxException {
      if (atEnd()) {
        throw expected("a search term");
      }
      Token first = peek();
      if (first.is(Token.Kind.LPAREN)) {
        Node inner = group();
        if (!atEnd() && peek().is(Token.Kind.BRACKET)) {
          throw source.error(
              peek().start(), "a field tag applies to a term, not to a parenthesised group");
        }
        return inner;
      }
      if (first.is(Token.Kind.RPAREN) || operator() != null) {
        throw expected("a search term");
      }
      if (first.is(Token.Kind.BRACKET)) {
        throw source.error(
            first.start(), "field tag [" + first.text() + "] without a term before it");
      }
      Matcher ref = REF.matcher(first.text());
      if (first.is(Token.Kind.WORD) && ref.matches()) {
        pos++;
        return new LineRef(Integer.parseInt(ref.group(1)), source.span(first.start(), first.end()));
      }
      List<Token> run = new ArrayList<>();
      if (first.is(Token.Kind.QUOTED)) {
        run.add(first);
        pos++;
      } else {
        while (!atEnd()
            && peek().is(Token.Kind.WORD)
            && operator() == null
            && !REF.matcher(peek().text()).matches()) {
          run.add(tokens.get(pos++));
        }
      }
      Token tag = null;
      if (!atEnd() && peek().is(Token.Kind.BRACKET)) {
        tag = tokens.get(pos++);
      }
      return tagged(run, tag);
    }

    private Node tagged(List<Token> run, Token tag) throws StrategySyntaxException {
      Token first = run.get(0);
      Token last = tag != null ? tag : run.get(run.size() - 1);
      Span span = source.span(first.start(), last.end());
      boolean quoted = first.is(Token.Kind.QUOTED);
      String text =
          quoted
              ? first.text()
              : source.text().substring(first.start(), run.get(run.size() - 1).end());
      if (tag == null) {
        return text(text, quoted, span, first.start());
      }
      String name = normalTag(tag.text());
      Matcher mesh = MESH.matcher(name);
      if (mesh.matches()) {
        return heading(text, mesh, span, first.start());
      }
      Optional<Field> date = PubmedFields.dateField(name);
      if (date.isPresent()) {
        return dateRange(date.get(), text, span, tag);
      }
      Matcher near = PROXIMITY.matcher(name.trim());
      if (near.matches()) {
        Set<Field> fields = PubmedFields.CATALOG.fields(near.group(1)).orElseThrow();
        Text words = (Text) text(text, quoted, span, first.start());
        if (!words.isPhrase()) {
          throw source.error(
              tag.start(), "proximity [" + name + "] needs a quoted phrase of two or more words");
        }
        List<Node> operands = new ArrayList<>();
        for (Word w : words.words()) {
          operands.add(new Text(List.of(w), false, span));
        }
        return new Fielded(
            fields, new Near(operands, Integer.parseInt(near.group(2)), false, span), span);
      }
      Optional<Set<Field>> fields = PubmedFields.CATALOG.fields(name);
      if (fields.isEmpty()) {
        throw source.error(tag.start(), "unknown PubMed field tag [" + name + "]");
      }
      return new Fielded(fields.get(), text(text, quoted, span, first.start()), span);
    }

    private Node text(String text, boolean quoted, Span span, int at)
        throws StrategySyntaxException {
      if (text.indexOf('?') >= 0) {
        source.warn(
            at,
            "PubMed has no '?' wildcard: '"
                + text.trim()
                + "' searched with the character as written");
      }
      Text words = words(text, quoted, span, WordSyntax.PUBMED, at);
      if (!quoted && words.isPhrase() && words.hasWildcards()) {
        // PubMed truncates a phrase only in quotes; the words were meant as one truncated phrase
        source.warn(
            at, "'" + text.trim() + "' read as the truncated phrase \"" + text.trim() + "\"");
        return new Text(words.words(), true, words.span());
      }
      return words;
    }

    private Node heading(String text, Matcher mesh, Span span, int at)
        throws StrategySyntaxException {
      String name = text.trim();
      List<String> subheadings = new ArrayList<>();
      int slash = name.indexOf('/');
      if (slash >= 0) {
        for (String s : name.substring(slash + 1).split("/")) {
          if (!s.isBlank()) {
            subheadings.add(s.trim().toLowerCase(Locale.ROOT));
          }
        }
        name = name.substring(0, slash).trim();
      }
      if (name.isEmpty()) {
        throw source.error(at, "MeSH tag without a heading");
      }
      String tag = mesh.group(1).toLowerCase(Locale.ROOT);
      boolean major = tag.equals("majr") || tag.equals("mesh major topic");
      boolean explode = mesh.group(2) == null;
      return new Heading(name, explode, major, subheadings, span);
    }

    /** {@code 2020[dp]}, {@code 2020:2024[dp]}, {@code "2000"[dp] : "3000"[dp]}. */
    private Node dateRange(Field field, String text, Span span, Token tag)
        throws StrategySyntaxException {
      String from = text.trim();
      String to;
      int colon = from.indexOf(':');
      if (colon >= 0) {
        to = from.substring(colon + 1).trim();
        from = from.substring(0, colon).trim();
      } else if (pos + 2 < tokens.size()
          && peek().isWord(":")
          && tokens.get(pos + 1).is(Token.Kind.QUOTED)
          && tokens.get(pos + 2).is(Token.Kind.BRACKET)) {
        to = tokens.get(pos + 1).text().trim();
        span = span.to(source.span(tokens.get(pos + 2).start(), tokens.get(pos + 2).end()));
        pos += 3;
      } else {
        to = from;
      }
      if (!isDate(from) || !isDate(to)) {
        throw source.error(
            tag.start(),
            "'" + text.trim() + "' is not a date or date range for [" + tag.text() + "]");
      }
      if (open(from) == null && open(to) == null) {
        throw source.error(
            tag.start(), "date range '" + text.trim() + "' has no bound before 3000");
      }
      return new DateRange(field, open(from), open(to), span);
    }

    private static boolean isDate(String s) {
      return s.matches("\\d{4}(/\\d{1,2}(/\\d{1,2})?)?");
    }

    /** PubMed writes open ranges with 3000 or later. */
    private static String open(String s) {
      return s.startsWith("3000") ? null : s;
    }
  }
}
