package org.winnow.strategies.syntax;

/** A lexical token: {@code start} and {@code end} are offsets into the whole source text. */
public record Token(Kind kind, String text, int start, int end) {
  public enum Kind {
    /** A run of characters up to a space, parenthesis, quote or bracket. */
    WORD,
    /** The text between quotes, without them. */
    QUOTED,
    /** The text between square brackets, without them. */
    BRACKET,
    LPAREN,
    RPAREN
  }

  public boolean is(Kind k) {
    return kind == k;
  }

  /** A word equal to one of the given words, ignoring case. */
  public boolean isWord(String... words) {
    if (kind != Kind.WORD) {
      return false;
    }
    for (String w : words) {
      if (text.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }
}
