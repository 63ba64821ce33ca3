package org.winnow.strategies.ast;

/** One piece of a search word: literal characters or a truncation or wildcard symbol. */
public sealed interface WordPart {
  /** Characters matched as written (case-insensitively by every database). */
  record Chars(String text) implements WordPart {
    public Chars {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty characters");
      }
    }
  }

  /**
   * Any run of characters of at most {@code max} characters ({@link #UNLIMITED} for open
   * truncation): Ovid {@code $} and {@code $2}, everyone's {@code *}.
   */
  record AnyRun(int max) implements WordPart {
    public static final int UNLIMITED = -1;

    public boolean unlimited() {
      return max == UNLIMITED;
    }
  }

  /** Exactly one character: Ovid {@code #}, EBSCO, Web of Science and Scopus {@code ?}. */
  record OneChar() implements WordPart {}

  /** Zero or one character: Ovid {@code ?}, EBSCO {@code #}, Web of Science {@code $}. */
  record OptionalChar() implements WordPart {}
}
