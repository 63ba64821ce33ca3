package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.ast.WordPart;

/**
 * How a dialect writes truncation and wildcards. The same symbol means different things: {@code ?}
 * is an optional character in Ovid but exactly one character in EBSCO, Web of Science and Scopus.
 */
public record WordSyntax(
    String unlimited, String limitedTruncation, String oneChar, String optionalChar) {

  /** Ovid: {@code $} or {@code *} (with a limit: {@code $2}), {@code #} one, {@code ?} optional. */
  public static final WordSyntax OVID = new WordSyntax("$*", "$*", "#", "?");

  /** PubMed: {@code *} only (a {@code ?} is read as an optional character, with a warning). */
  public static final WordSyntax PUBMED = new WordSyntax("*", "", "", "?");

  /** EBSCOhost: {@code *}, {@code ?} one, {@code #} optional. */
  public static final WordSyntax EBSCO = new WordSyntax("*", "", "?", "#");

  /** Web of Science: {@code *}, {@code ?} one, {@code $} optional. */
  public static final WordSyntax WOS = new WordSyntax("*", "", "?", "$");

  /** Scopus: {@code *} and {@code ?} one. */
  public static final WordSyntax SCOPUS = new WordSyntax("*", "", "?", "");

  public Word parse(String text) {
    List<WordPart> parts = new ArrayList<>();
    StringBuilder chars = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      WordPart wildcard = null;
      if (unlimited.indexOf(c) >= 0) {
        int j = i + 1;
        while (j < text.length() && Character.isDigit(text.charAt(j)) && limitedTruncation.indexOf(c) >= 0) {
          j++;
        }
        int end = Math.min(j, i + 3); // Ovid limits truncation to at most 99 characters
        wildcard =
            new WordPart.AnyRun(
                end > i + 1
                    ? Integer.parseInt(text.substring(i + 1, end))
                    : WordPart.AnyRun.UNLIMITED);
        i = end;
      } else if (oneChar.indexOf(c) >= 0) {
        wildcard = new WordPart.OneChar();
        i++;
      } else if (optionalChar.indexOf(c) >= 0) {
        wildcard = new WordPart.OptionalChar();
        i++;
      } else {
        chars.append(c);
        i++;
      }
      if (wildcard != null) {
        if (chars.length() > 0) {
          parts.add(new WordPart.Chars(chars.toString()));
          chars.setLength(0);
        }
        parts.add(wildcard);
      }
    }
    if (chars.length() > 0) {
      parts.add(new WordPart.Chars(chars.toString()));
    }
    return Word.normalised(parts);
  }

  /** Whether this dialect can write the part at all. */
  public boolean canWrite(WordPart part) {
    if (part instanceof WordPart.Chars) {
      return true;
    }
    if (part instanceof WordPart.AnyRun r) {
      return r.unlimited() || !limitedTruncation.isEmpty();
    }
    if (part instanceof WordPart.OneChar) {
      return !oneChar.isEmpty();
    }
    return !optionalChar.isEmpty();
  }

  /** Writes a word; parts the dialect cannot write must have been replaced before. */
  public String write(Word word) {
    StringBuilder b = new StringBuilder();
    for (WordPart p : word.parts()) {
      if (p instanceof WordPart.Chars c) {
        b.append(c.text());
      } else if (p instanceof WordPart.AnyRun r) {
        b.append(unlimited.charAt(0));
        if (!r.unlimited()) {
          b.append(r.max());
        }
      } else if (p instanceof WordPart.OneChar) {
        b.append(oneChar.charAt(0));
      } else {
        b.append(optionalChar.charAt(0));
      }
    }
    return b.toString();
  }
}
