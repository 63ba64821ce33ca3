package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.ast.Word;

/**
 * Precedence climbing over the tokens of one search line. Dialects say what an operator and an
 * operand look like and how tightly operators bind (PubMed reads left to right, Web of Science
 * binds NEAR before NOT before AND before OR, Scopus binds OR first).
 */
public abstract class InfixParser {
  protected final Source source;
  protected final List<Token> tokens;
  protected int pos;

  protected InfixParser(Source source, List<Token> tokens) {
    this.source = source;
    this.tokens = tokens;
  }

  /** The operator starting at {@link #pos}, or null; does not move. */
  protected abstract Operator operator();

  /** Reads one operand (a term, a parenthesised group, a fielded block) at {@link #pos}. */
  protected abstract Node operand() throws StrategySyntaxException;

  /** Higher binds tighter; equal precedence groups left to right. */
  protected abstract int precedence(Operator op);

  /**
   * Whether two operands written side by side without an operator are ANDed (PubMed, Web of
   * Science, Scopus) rather than an error.
   */
  protected boolean implicitAnd() {
    return true;
  }

  /** Whether an implicit AND is unusual enough to warn about (not where it is the rule). */
  protected boolean warnImplicitAnd() {
    return true;
  }

  /** Reads the whole token list as one expression. */
  public Node parseAll() throws StrategySyntaxException {
    if (tokens.isEmpty()) {
      throw source.error(0, "empty search");
    }
    Operator leading = operator();
    if (leading != null && leading.width() > 0 && tokens.size() > leading.width()) {
      Token op = peek();
      String rest = source.text().substring(tokens.get(leading.width()).start(), lastEnd()).trim();
      throw source.error(
          op.start(),
          "the search begins with the operator '" + op.text() + "', which the database rejects",
          new Fix("drop the stray '" + op.text() + "'", rest));
    }
    Node node = expression(0);
    if (pos < tokens.size()) {
      Token t = tokens.get(pos);
      throw source.error(
          t.start(),
          t.is(Token.Kind.RPAREN) ? "')' closes no parenthesis" : "unexpected '" + t.text() + "'");
    }
    return node;
  }

  protected Node expression(int minPrecedence) throws StrategySyntaxException {
    Node left = operand();
    boolean chain = false;
    while (pos < tokens.size() && !peek().is(Token.Kind.RPAREN)) {
      Operator op = operator();
      if (op == null) {
        if (!implicitAnd()) {
          throw source.error(peek().start(), "expected an operator before '" + peek().text() + "'");
        }
        op = Operator.bool(Operator.Kind.AND, 0);
      }
      int p = precedence(op);
      if (p < minPrecedence) {
        break;
      }
      int at = peek().start();
      if (op.width() == 0 && warnImplicitAnd()) {
        source.warn(at, "no operator before '" + peek().text() + "': read as AND");
      }
      int opAt = pos;
      pos += op.width();
      if (pos >= tokens.size()) {
        throw trailingOperator(opAt);
      }
      Node right = expression(p + 1);
      Span span = left.span().to(right.span());
      if (op.kind() == Operator.Kind.NEAR) {
        List<Node> operands = new ArrayList<>();
        if (chain
            && left instanceof Near n
            && n.maxGap() == op.gap()
            && n.ordered() == op.ordered()) {
          operands.addAll(n.operands());
        } else {
          operands.add(left);
        }
        operands.add(right);
        left = new Near(operands, op.gap(), op.ordered(), span);
        chain = true;
      } else {
        left = Trees.combine(boolOp(op.kind()), List.of(left, right), span);
        chain = false;
      }
    }
    return left;
  }

  private static Bool.Op boolOp(Operator.Kind kind) {
    return switch (kind) {
      case AND -> Bool.Op.AND;
      case OR -> Bool.Op.OR;
      default -> Bool.Op.NOT;
    };
  }

  /** The line ends inside parentheses: closing them at its end is the fix. */
  private StrategySyntaxException unclosed(Token open) {
    int depth = 0;
    for (Token t : tokens) {
      depth += t.is(Token.Kind.LPAREN) ? 1 : t.is(Token.Kind.RPAREN) ? -1 : 0;
    }
    String closing = ")".repeat(Math.max(1, depth));
    String line = source.text().substring(tokens.get(0).start(), lastEnd()).trim();
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      // the open parenthesis ran on over later lines: where it should close is not known
      return source.error(open.start(), "'(' is never closed");
    }
    return source.error(
        open.start(),
        "'(' is never closed",
        new Fix("add '" + closing + "' at the end of the search", line + closing));
  }

  /** The line ends with an operator: the reading without it is the fix. */
  private StrategySyntaxException trailingOperator(int opAt) {
    Token op = tokens.get(opAt);
    if (opAt == 0) {
      return source.error(op.start(), "operator with nothing after it");
    }
    String before = source.text().substring(tokens.get(0).start(), tokens.get(opAt - 1).end());
    return source.error(
        op.start(),
        "the search ends with the operator '" + op.text() + "', with nothing after it",
        new Fix("drop the stray '" + op.text() + "'", before.trim()));
  }

  protected Token peek() {
    return tokens.get(pos);
  }

  protected Token peek(int ahead) {
    return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
  }

  protected boolean atEnd() {
    return pos >= tokens.size();
  }

  /** Reads {@code ( expression )} at {@link #pos}. */
  protected Node group() throws StrategySyntaxException {
    Token open = tokens.get(pos++);
    if (atEnd()) {
      throw source.error(open.start(), "'(' is never closed");
    }
    if (peek().is(Token.Kind.RPAREN)) {
      throw source.error(open.start(), "empty parentheses");
    }
    Node inner = expression(0);
    if (atEnd()) {
      throw unclosed(open);
    }
    if (!peek().is(Token.Kind.RPAREN)) {
      throw source.error(open.start(), "'(' is never closed");
    }
    pos++;
    return inner;
  }

  /** {@code AND}, {@code OR} or {@code NOT} in any case, or null. */
  protected Operator booleanOperator() {
    Token t = peek();
    if (t.isWord("AND")) {
      return Operator.bool(Operator.Kind.AND, 1);
    }
    if (t.isWord("OR")) {
      return Operator.bool(Operator.Kind.OR, 1);
    }
    if (t.isWord("NOT")) {
      return Operator.bool(Operator.Kind.NOT, 1);
    }
    return null;
  }

  /** The first token of an operand; fails where none can start (end, ')', a tag, an operator). */
  protected Token operandStart() throws StrategySyntaxException {
    if (atEnd()) {
      throw expected("a search term");
    }
    Token first = peek();
    if (first.is(Token.Kind.RPAREN) || first.is(Token.Kind.BRACKET) || operator() != null) {
      throw expected("a search term");
    }
    return first;
  }

  /** The words of a term or phrase in the dialect's wildcard syntax. */
  protected Text words(String text, boolean quoted, Span span, WordSyntax syntax, int at)
      throws StrategySyntaxException {
    List<Word> words = new ArrayList<>();
    for (String w : text.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(syntax.parse(w));
      }
    }
    if (words.isEmpty()) {
      throw source.error(at, "empty phrase");
    }
    return new Text(words, quoted, span);
  }

  protected StrategySyntaxException expected(String what) {
    int at = atEnd() ? lastEnd() : peek().start();
    return source.error(
        at, "expected " + what + (atEnd() ? " at the end" : " at '" + peek().text() + "'"));
  }

  protected int lastEnd() {
    return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
  }
}
