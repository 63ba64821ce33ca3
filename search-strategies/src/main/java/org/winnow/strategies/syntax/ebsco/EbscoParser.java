package org.winnow.strategies.syntax.ebsco;

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
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.syntax.InfixParser;
import org.winnow.strategies.syntax.Operator;
import org.winnow.strategies.syntax.Source;
import org.winnow.strategies.syntax.StrategyParser;
import org.winnow.strategies.syntax.StrategySyntaxException;
import org.winnow.strategies.syntax.Token;
import org.winnow.strategies.syntax.WordSyntax;

/**
 * EBSCOhost (CINAHL, PsycInfo): field codes before terms ({@code TI term}, {@code AB (a OR b)}),
 * headings {@code (MH "X+")} (+ explodes) and {@code (MM "X")} (major), {@code N3}/{@code W3}
 * proximity, {@code S1 OR S2}, {@code DT 2010-2020}. Words side by side are a phrase.
 */
public final class EbscoParser extends StrategyParser {
  private static final Pattern NUMBERING = Pattern.compile("\\s*S(?<n>\\d+)\\.?\\s+");
  private static final Pattern REF = Pattern.compile("S(\\d+)");
  private static final Pattern NEAR = Pattern.compile("([NW])(\\d+)");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern DATES = Pattern.compile("(\\d{4,8})(?:-(\\d{4,8}))?");

  @Override
  protected Pattern numbering() {
    return NUMBERING;
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
      Operator bool = booleanOperator();
      if (bool != null) {
        return bool;
      }
      Token t = peek();
      Matcher near = t.is(Token.Kind.WORD) ? NEAR.matcher(t.text()) : null;
      if (near != null && near.matches()) {
        return Operator.near(Integer.parseInt(near.group(2)), near.group(1).equals("W"), 1);
      }
      return null;
    }

    @Override
    protected int precedence(Operator op) {
      return op.kind() == Operator.Kind.NEAR ? 2 : 1; // proximity first, then left to right
    }

    private boolean isCode(Token t) {
      return t.is(Token.Kind.WORD)
          && CODE.matcher(t.text()).matches()
          && (EbscoFields.CATALOG.fields(t.text()).isPresent()
              || t.text().equals("MH")
              || t.text().equals("MM")
              || t.text().equals("DT"))
          && peek(1) != null
          && !peek(1).is(Token.Kind.RPAREN);
    }

    @Override
    protected Node operand() throws StrategySyntaxException {
      Token first = operandStart();
      if (first.is(Token.Kind.LPAREN)) {
        return group();
      }
      Matcher ref = REF.matcher(first.text());
      if (first.is(Token.Kind.WORD) && ref.matches()) {
        pos++;
        return new LineRef(Integer.parseInt(ref.group(1)), source.span(first.start(), first.end()));
      }
      if (isCode(first)) {
        pos++;
        if (first.text().equals("MH") || first.text().equals("MM")) {
          return heading(first);
        }
        if (first.text().equals("DT")) {
          return dates(first);
        }
        Set<Field> fields = EbscoFields.CATALOG.fields(first.text()).orElseThrow();
        Node inner = operand();
        return new Fielded(
            fields,
            inner,
            first.start() == 0
                ? inner.span()
                : source.span(first.start(), first.end()).to(inner.span()));
      }
      return words();
    }

    private Node words() throws StrategySyntaxException {
      Token first = peek();
      if (first.is(Token.Kind.QUOTED)) {
        pos++;
        return text(first.text(), true, source.span(first.start(), first.end()), first.start());
      }
      int start = first.start();
      int end = first.end();
      while (!atEnd() && peek().is(Token.Kind.WORD) && operator() == null && !isCode(peek())) {
        end = tokens.get(pos++).end();
      }
      if (end == first.end() && pos < tokens.size() && tokens.get(pos) == first) {
        throw expected("a search term");
      }
      return text(source.text().substring(start, end), false, source.span(start, end), start);
    }

    private Node text(String text, boolean quoted, Span span, int at)
        throws StrategySyntaxException {
      return words(text, quoted, span, WordSyntax.EBSCO, at);
    }

    /** {@code MH "Name+/DT"}: + explodes; subheadings after a slash. */
    private Node heading(Token code) throws StrategySyntaxException {
      if (atEnd() || !(peek().is(Token.Kind.QUOTED) || peek().is(Token.Kind.WORD))) {
        throw expected("a subject heading after " + code.text());
      }
      int start = peek().start();
      StringBuilder name = new StringBuilder();
      int end = start;
      if (peek().is(Token.Kind.QUOTED)) {
        name.append(peek().text());
        end = tokens.get(pos++).end();
      } else {
        while (!atEnd() && peek().is(Token.Kind.WORD) && operator() == null) {
          name.append(name.length() > 0 ? " " : "").append(peek().text());
          end = tokens.get(pos++).end();
        }
      }
      String n = name.toString().trim();
      List<String> subheadings = new ArrayList<>();
      int slash = n.indexOf('/');
      if (slash >= 0) {
        for (String s : n.substring(slash + 1).split("/")) {
          if (!s.isBlank()) {
            subheadings.add(s.trim().toLowerCase(Locale.ROOT));
          }
        }
        n = n.substring(0, slash).trim();
      }
      boolean explode = n.endsWith("+");
      if (explode) {
        n = n.substring(0, n.length() - 1).trim();
      }
      if (n.isEmpty()) {
        throw source.error(start, "empty subject heading after " + code.text());
      }
      return new Heading(
          n, explode, code.text().equals("MM"), subheadings, source.span(code.start(), end));
    }

    /** {@code DT 2010-2020}, {@code DT 20100101-20201231}. */
    private Node dates(Token code) throws StrategySyntaxException {
      if (atEnd() || !peek().is(Token.Kind.WORD)) {
        throw expected("a date after DT");
      }
      Token t = tokens.get(pos++);
      Matcher m = DATES.matcher(t.text());
      if (!m.matches()) {
        throw source.error(
            t.start(), "'" + t.text() + "' is not a date or date range (DT 2010-2020)");
      }
      String from = date(m.group(1));
      String to = m.group(2) == null ? from : date(m.group(2));
      return new DateRange(
          Field.PUBLICATION_DATE,
          from,
          to != null && to.startsWith("3000") ? null : to,
          source.span(code.start(), t.end()));
    }

    private static String date(String s) {
      if (s.length() <= 4) {
        return s;
      }
      StringBuilder b = new StringBuilder(s.substring(0, 4));
      for (int i = 4; i + 2 <= s.length(); i += 2) {
        b.append('/').append(s, i, i + 2);
      }
      return b.toString();
    }
  }

  /** For tests: the fields of a code. */
  static Optional<Set<Field>> fields(String code) {
    return EbscoFields.CATALOG.fields(code);
  }
}
