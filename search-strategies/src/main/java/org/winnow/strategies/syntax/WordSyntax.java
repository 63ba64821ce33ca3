package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.ast.WordPart;

/**
 * How a dialect writes truncation and wildcards. The same symbol means different things: {@code ?}
 * is an optional character in Ovid but exactly one character in EBSCO, Web of Science and Scopus.
 */
public record WordSyntax(
    String unlimited,
    String limitedTruncation,
    String oneChar,
    String optionalChar,
    boolean truncationAtEndOnly) {

  /** Ovid: {@code $} or {@code *} (with a limit: {@code $2}), {@code #} one, {@code ?} optional. */
  public static final WordSyntax OVID = new WordSyntax("$*", "$*", "#", "?", false);

  /**
   * PubMed: {@code *} at the end of a word only; a {@code ?} stays a character, as PubMed reads it.
   */
  public static final WordSyntax PUBMED = new WordSyntax("*", "", "", "", true);

  /** EBSCOhost: {@code *}, {@code ?} one, {@code #} optional. */
  public static final WordSyntax EBSCO = new WordSyntax("*", "", "?", "#", false);

  /** Web of Science: {@code *}, {@code ?} one, {@code $} optional. */
  public static final WordSyntax WOS = new WordSyntax("*", "", "?", "$", false);

  /** Scopus: {@code *} and {@code ?} one. */
  public static final WordSyntax SCOPUS = new WordSyntax("*", "", "?", "", false);

  public Word parse(String text) {
    List<WordPart> parts = new ArrayList<>();
    StringBuilder chars = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      WordPart wildcard = null;
      if (unlimited.indexOf(c) >= 0) {
        int j = i + 1;
        while (j < text.length()
            && Character.isDigit(text.charAt(j))
            && limitedTruncation.indexOf(c) >= 0) {
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

  /**
   * The words to search instead of one this dialect cannot write: an optional character becomes two
   * words (with one character and without), an unsupported wildcard becomes open truncation at that
   * point (broader). Each change is described to {@code approximations}.
   */
  public List<Word> adapt(Word word, Consumer<String> approximations) {
    List<List<WordPart>> variants = new ArrayList<>();
    variants.add(new ArrayList<>());
    List<WordPart> parts = word.parts();
    for (int i = 0; i < parts.size(); i++) {
      WordPart p = parts.get(i);
      boolean last = i == parts.size() - 1;
      if (canWrite(p)
          && (!truncationAtEndOnly
              || p instanceof WordPart.Chars
              || (last && p instanceof WordPart.AnyRun r && r.unlimited()))) {
        variants.forEach(v -> v.add(p));
      } else if (p instanceof WordPart.OptionalChar && !truncationAtEndOnly && !oneChar.isEmpty()) {
        List<List<WordPart>> more = new ArrayList<>();
        for (List<WordPart> v : variants) {
          List<WordPart> with = new ArrayList<>(v);
          with.add(new WordPart.OneChar());
          more.add(with);
        }
        variants.addAll(more);
      } else if (p instanceof WordPart.OptionalChar) {
        approximations.accept(
            "'" + word + "' cannot be written here: searched without the optional character");
      } else {
        approximations.accept(
            "'" + word + "' cannot be written here: truncated at the wildcard (broader)");
        variants.forEach(v -> v.add(new WordPart.AnyRun(WordPart.AnyRun.UNLIMITED)));
        break;
      }
    }
    List<Word> out = new ArrayList<>();
    for (List<WordPart> v : variants) {
      if (!v.isEmpty()) {
        Word w = Word.normalised(v);
        if (!out.contains(w)) {
          out.add(w);
        }
      }
    }
    // a word of nothing but an unwritable wildcard keeps its notation as characters
    return out.isEmpty() ? List.of(Word.of(word.toString())) : out;
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
