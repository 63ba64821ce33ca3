package org.winnow.strategies.syntax.wos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.syntax.InfixParser;
import org.winnow.strategies.syntax.Operator;
import org.winnow.strategies.syntax.Source;
import org.winnow.strategies.syntax.StrategyParser;
import org.winnow.strategies.syntax.StrategySyntaxException;
import org.winnow.strategies.syntax.Token;
import org.winnow.strategies.syntax.WordSyntax;

/**
 * Web of Science advanced search: {@code TS=(...)}, {@code TI=word}, {@code PY=2020-2024}, {@code
 * NEAR/5} ({@code NEAR} alone is 15), {@code SAME}, {@code #1 AND #2}. Words side by side are
 * ANDed, as Web of Science does; operators bind NEAR, SAME, NOT, AND, OR in that order.
 */
public final class WosParser extends StrategyParser {
  private static final Pattern NUMBERING = Pattern.compile("\\s*#\\s?(?<n>\\d+)\\.?\\s+");
  private static final Pattern REF = Pattern.compile("#(\\d+)");
  private static final Pattern TAG =
      Pattern.compile("([A-Za-z]{2,4})\\s*=\\s*(.*)", Pattern.DOTALL);
  private static final Pattern NEAR = Pattern.compile("(?i)NEAR(?:/(\\d+))?");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

  /** Web of Science's NEAR without a number. */
  private static final int DEFAULT_NEAR = 15;

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
    protected boolean warnImplicitAnd() {
      return false;
    }

    @Override
    protected Operator operator() {
      Operator bool = booleanOperator();
      if (bool != null) {
        return bool;
      }
      Token t = peek();
      if (t.isWord("SAME")) {
        source.warn(t.start(), "SAME (same address) read as AND");
        return new Operator(Operator.Kind.AND, 0, false, 1);
      }
      Matcher near = t.is(Token.Kind.WORD) ? NEAR.matcher(t.text()) : null;
      if (near != null && near.matches()) {
        return Operator.near(
            near.group(1) == null ? DEFAULT_NEAR : Integer.parseInt(near.group(1)), false, 1);
      }
      return null;
    }

    @Override
    protected int precedence(Operator op) {
      return switch (op.kind()) {
        case NEAR -> 5;
        case NOT -> 3;
        case AND -> 2;
        case OR -> 1;
      };
    }

    @Override
    protected Node operand() throws StrategySyntaxException {
      Token first = operandStart();
      if (first.is(Token.Kind.LPAREN)) {
        return group();
      }
      if (first.is(Token.Kind.QUOTED)) {
        pos++;
        return text(first.text(), true, span(first));
      }
      Matcher ref = REF.matcher(first.text());
      if (ref.matches()) {
        pos++;
        return new LineRef(Integer.parseInt(ref.group(1)), span(first));
      }
      Matcher tag = TAG.matcher(first.text());
      boolean spacedTag =
          first.text().matches("[A-Za-z]{2,4}")
              && peek(1) != null
              && peek(1).text().startsWith("=");
      if (tag.matches() || spacedTag) {
        return tagged(first, spacedTag);
      }
      pos++;
      return text(first.text(), false, span(first));
    }

    private Span span(Token t) {
      return source.span(t.start(), t.end());
    }

    /** {@code TS=(...)}, {@code TS = (...)}, {@code TI=word word}, {@code PY=2020-2024}. */
    private Node tagged(Token first, boolean spaced) throws StrategySyntaxException {
      String code;
      String rest;
      if (spaced) {
        code = first.text();
        pos++;
        rest = peek().text().substring(1).trim();
      } else {
        Matcher m = TAG.matcher(first.text());
        m.matches();
        code = m.group(1);
        rest = m.group(2);
      }
      Token restToken = tokens.get(pos++);
      int restStart = restToken.end() - rest.length();
      if (code.equalsIgnoreCase("PY")) {
        return years(first, rest.isEmpty() ? nextWord() : rest, restToken);
      }
      Optional<Set<Field>> fields = WosFields.CATALOG.fields(code);
      if (fields.isEmpty()) {
        throw source.error(first.start(), "unknown Web of Science field tag " + code + "=");
      }
      Node inner;
      if (!rest.isEmpty()) {
        List<Node> words = new ArrayList<>();
        words.add(text(rest, false, source.span(restStart, restToken.end())));
        while (!atEnd()
            && peek().is(Token.Kind.WORD)
            && operator() == null
            && !REF.matcher(peek().text()).matches()
            && !TAG.matcher(peek().text()).matches()) {
          Token w = tokens.get(pos++);
          words.add(text(w.text(), false, span(w)));
        }
        inner =
            Trees.combine(Bool.Op.AND, words, source.span(restStart, tokens.get(pos - 1).end()));
      } else {
        inner = operand();
      }
      return new Fielded(fields.get(), inner, span(first).to(inner.span()));
    }

    private String nextWord() throws StrategySyntaxException {
      if (atEnd() || !peek().is(Token.Kind.WORD)) {
        throw expected("years after PY=");
      }
      return tokens.get(pos++).text();
    }

    private Node years(Token first, String text, Token last) throws StrategySyntaxException {
      Matcher m = YEARS.matcher(text.trim());
      if (!m.matches()) {
        throw source.error(first.start(), "'" + text + "' is not a year or year range for PY=");
      }
      String to = m.group(2) == null ? m.group(1) : m.group(2);
      return new DateRange(
          Field.PUBLICATION_DATE,
          m.group(1),
          to.startsWith("3000") ? null : to,
          source.span(first.start(), tokens.get(pos - 1).end()));
    }

    private Node text(String text, boolean quoted, Span span) throws StrategySyntaxException {
      Text t = words(text, quoted, span, WordSyntax.WOS, 0);
      if (quoted || !t.isPhrase()) {
        return t;
      }
      List<Node> terms = new ArrayList<>();
      for (var w : t.words()) {
        terms.add(new Text(List.of(w), false, span));
      }
      return new Bool(Bool.Op.AND, terms, span);
    }
  }
}
