package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one logical line into words, quoted phrases, bracketed tags and parentheses, the pieces
 * every dialect is written with. Real strategies mix straight and curly quotes and carry stray ones
 * ({@code Serology"[MeSH]}); a quote glued to the end of a word is skipped with a warning, one that
 * is never closed is an error.
 */
public final class Lexer {
  private final Source source;
  private final boolean braces;

  /** {@code braces}: read {@code {exact phrase}} as a quoted phrase (Scopus). */
  public Lexer(Source source, boolean braces) {
    this.source = source;
    this.braces = braces;
  }

  public static boolean isQuote(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u00AB'
        || c == '\u00BB';
  }

  private boolean opensQuote(String text, int i) {
    char c = text.charAt(i);
    return isQuote(c)
        || (braces && c == '{')
        || (c == '\\' && i + 1 < text.length() && isQuote(text.charAt(i + 1)));
  }

  public List<Token> tokens(int from, int to) throws StrategySyntaxException {
    String text = source.text();
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        out.add(new Token(Token.Kind.LPAREN, "(", i, i + 1));
        i++;
      } else if (c == ')') {
        out.add(new Token(Token.Kind.RPAREN, ")", i, i + 1));
        i++;
      } else if (c == '[') {
        int close = text.indexOf(']', i + 1);
        if (close < 0 || close >= to) {
          throw source.error(i, "'[' is never closed by ']'");
        }
        out.add(new Token(Token.Kind.BRACKET, text.substring(i + 1, close), i, close + 1));
        i = close + 1;
      } else if (opensQuote(text, i)) {
        i = quoted(text, i, to, out);
      } else {
        int start = i;
        while (i < to && !endsWord(text, i)) {
          i++;
        }
        out.add(new Token(Token.Kind.WORD, text.substring(start, i), start, i));
        if (i < to && opensQuote(text, i) && Character.isLetterOrDigit(text.charAt(i - 1))) {
          // a quote glued to the end of a word closes nothing and opens nothing
          int width = text.charAt(i) == '\\' ? 2 : 1;
          source.warn(i, "stray quote after '" + text.substring(start, i) + "' ignored");
          i += width;
        }
      }
    }
    return out;
  }

  private boolean endsWord(String text, int i) {
    char c = text.charAt(i);
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || opensQuote(text, i);
  }

  private int quoted(String text, int i, int to, List<Token> out) throws StrategySyntaxException {
    int start = i;
    boolean brace = text.charAt(i) == '{';
    if (text.charAt(i) == '\\') {
      source.warn(i, "backslash-escaped quote read as a quote");
      i++;
    }
    int contentStart = i + 1;
    int j = contentStart;
    while (j < to) {
      char d = text.charAt(j);
      if (brace ? d == '}' : isQuote(d)) {
        break;
      }
      j++;
    }
    if (j >= to) {
      throw source.error(start, "quote opened here is never closed");
    }
    int contentEnd = j;
    if (!brace && text.charAt(j - 1) == '\\') {
      contentEnd = j - 1; // \" closing a \"-opened phrase
    }
    out.add(new Token(Token.Kind.QUOTED, text.substring(contentStart, contentEnd), start, j + 1));
    return j + 1;
  }
}
