package org.winnow.strategies.syntax.scopus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
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
 * Scopus advanced search: field functions ({@code TITLE-ABS-KEY(...)}), {@code W/n} and {@code
 * PRE/n}, {@code AND NOT}, {@code PUBYEAR > 2010}, quoted and {@code {exact}} phrases. Scopus binds
 * OR first, then proximity, then AND, then AND NOT; words side by side are ANDed.
 */
public final class ScopusParser extends StrategyParser {
  private static final Pattern NUMBERING = Pattern.compile("\\s*#?(?<n>\\d+)\\.?\\s+");
  private static final Pattern PROXIMITY = Pattern.compile("(?i)(W|PRE)/(\\d+)");
  private static final Pattern PUBYEAR =
      Pattern.compile("(?i)PUBYEAR\\s*(>|<|=|AFT|BEF|IS)?\\s*(\\d{4})?");

  @Override
  protected Pattern numbering() {
    return NUMBERING;
  }

  @Override
  protected boolean bareNumbersInReferenceLines() {
    return false; // Scopus has no search-history references
  }

  @Override
  protected InfixParser expression(Source source, List<Token> tokens) {
    return new Expression(source, tokens);
  }

  @Override
  protected boolean bracesQuote() {
    return true;
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
      Token t = peek();
      if (t.isWord("OR")) {
        return Operator.bool(Operator.Kind.OR, 1);
      }
      if (t.isWord("AND")) {
        Token next = peek(1);
        if (next != null && next.isWord("NOT")) {
          return Operator.bool(Operator.Kind.NOT, 2);
        }
        return Operator.bool(Operator.Kind.AND, 1);
      }
      Matcher near = t.is(Token.Kind.WORD) ? PROXIMITY.matcher(t.text()) : null;
      if (near != null && near.matches()) {
        return Operator.near(
            Integer.parseInt(near.group(2)), near.group(1).equalsIgnoreCase("PRE"), 1);
      }
      return null;
    }

    @Override
    protected int precedence(Operator op) {
      return switch (op.kind()) {
        case OR -> 4;
        case NEAR -> 3;
        case AND -> 2;
        case NOT -> 1;
      };
    }

    @Override
    protected Node operand() throws StrategySyntaxException {
      Token first = operandStart();
      if (first.is(Token.Kind.LPAREN)) {
        return group();
      }
      if (first.isWord("NOT")) {
        throw expected("a search term");
      }
      Span span = source.span(first.start(), first.end());
      if (first.is(Token.Kind.QUOTED)) {
        pos++;
        return text(first.text(), true, span);
      }
      if (first.text().toUpperCase(java.util.Locale.ROOT).startsWith("PUBYEAR")) {
        return pubyear(first);
      }
      Token next = peek(1);
      if (next != null && next.is(Token.Kind.LPAREN) && next.start() == first.end()) {
        Optional<Set<Field>> fields = ScopusFields.CATALOG.fields(first.text());
        if (fields.isEmpty()) {
          throw source.error(first.start(), "unknown Scopus field " + first.text() + "()");
        }
        pos++;
        Node inner = group();
        return new Fielded(
            fields.get(),
            inner,
            span.to(source.span(tokens.get(pos - 1).start(), tokens.get(pos - 1).end())));
      }
      pos++;
      return text(first.text(), false, span);
    }

    /** {@code PUBYEAR > 2010}, {@code PUBYEAR = 2020}, {@code PUBYEAR AFT 2010}. */
    private Node pubyear(Token first) throws StrategySyntaxException {
      StringBuilder text = new StringBuilder(first.text());
      int end = first.end();
      pos++;
      Matcher m = PUBYEAR.matcher(text);
      while (!m.matches() || m.group(2) == null) {
        if (atEnd() || !peek().is(Token.Kind.WORD) || text.length() > 20) {
          throw source.error(
              first.start(), "PUBYEAR needs a comparison and a year (PUBYEAR > 2010)");
        }
        Token t = tokens.get(pos++);
        text.append(' ').append(t.text());
        end = t.end();
        m = PUBYEAR.matcher(text);
      }
      String op = m.group(1) == null ? "=" : m.group(1).toUpperCase(java.util.Locale.ROOT);
      int year = Integer.parseInt(m.group(2));
      Span span = source.span(first.start(), end);
      return switch (op) {
        case ">", "AFT" ->
            new DateRange(Field.PUBLICATION_DATE, Integer.toString(year + 1), null, span);
        case "<", "BEF" ->
            new DateRange(Field.PUBLICATION_DATE, null, Integer.toString(year - 1), span);
        default ->
            new DateRange(
                Field.PUBLICATION_DATE, Integer.toString(year), Integer.toString(year), span);
      };
    }

    private Node text(String text, boolean quoted, Span span) throws StrategySyntaxException {
      return words(text, quoted, span, WordSyntax.SCOPUS, 0);
    }
  }
}
