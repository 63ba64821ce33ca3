package org.winnow.strategies.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.ast.WordPart;

/**
 * Turns search words into the index positions they must match, analysed as the index analysed its
 * text: plain words through the analyzer ({@code Ca-125} is two positions), truncated words
 * normalised (lower case, accents folded) into prefix, wildcard or regular-expression patterns.
 */
final class WordPositions {
  /** One position of a phrase. */
  sealed interface Position {}

  /** An exact index term. */
  record Plain(String term) implements Position {}

  /** A truncated or wildcard term: {@code kind} says how {@code pattern} is written. */
  record Pattern(Kind kind, String pattern) implements Position {
    enum Kind {
      PREFIX,
      WILDCARD,
      REGEXP
    }
  }

  private final Analyzer analyzer;

  WordPositions(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<Position> of(String field, List<Word> words) {
    List<Position> out = new ArrayList<>();
    for (Word w : words) {
      if (w.hasWildcards()) {
        out.addAll(patterns(field, w));
      } else {
        tokens(field, w.literal()).forEach(t -> out.add(new Plain(t)));
      }
    }
    return out;
  }

  List<String> tokens(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A word with wildcards, split where the tokenizer would split it ({@code post-operat*} is the
   * term post then the prefix operat).
   */
  private List<Position> patterns(String field, Word word) {
    List<List<WordPart>> pieces = new ArrayList<>();
    List<WordPart> current = new ArrayList<>();
    for (WordPart p : word.parts()) {
      if (p instanceof WordPart.Chars c) {
        String[] chunks = c.text().split("[^\\p{L}\\p{N}'.]+", -1);
        for (int i = 0; i < chunks.length; i++) {
          if (i > 0) {
            pieces.add(current);
            current = new ArrayList<>();
          }
          if (!chunks[i].isEmpty()) {
            current.add(new WordPart.Chars(chunks[i]));
          }
        }
      } else {
        current.add(p);
      }
    }
    pieces.add(current);
    List<Position> out = new ArrayList<>();
    for (List<WordPart> piece : pieces) {
      if (piece.isEmpty()) {
        continue;
      }
      Word w = Word.normalised(piece);
      if (!w.hasWildcards()) {
        tokens(field, w.literal()).forEach(t -> out.add(new Plain(t)));
      } else {
        out.add(pattern(field, w));
      }
    }
    return out;
  }

  private Pattern pattern(String field, Word w) {
    if (w.isPrefix()) {
      return new Pattern(Pattern.Kind.PREFIX, normal(field, w.literal()));
    }
    boolean simple =
        w.parts().stream()
            .allMatch(
                p ->
                    p instanceof WordPart.Chars
                        || p instanceof WordPart.OneChar
                        || (p instanceof WordPart.AnyRun r && r.unlimited()));
    StringBuilder b = new StringBuilder();
    for (WordPart p : w.parts()) {
      if (p instanceof WordPart.Chars c) {
        String n = normal(field, c.text());
        b.append(simple ? n.replaceAll("([*?\\\\])", "\\\\$1") : regexEscape(n));
      } else if (p instanceof WordPart.AnyRun r) {
        b.append(simple ? "*" : r.unlimited() ? ".*" : ".{0," + r.max() + "}");
      } else if (p instanceof WordPart.OneChar) {
        b.append(simple ? "?" : ".");
      } else {
        b.append(".?");
      }
    }
    return new Pattern(simple ? Pattern.Kind.WILDCARD : Pattern.Kind.REGEXP, b.toString());
  }

  private String normal(String field, String text) {
    BytesRef b = analyzer.normalize(field, text);
    return b.utf8ToString();
  }

  private static String regexEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else {
        b.append('\\').append(c);
      }
    }
    return b.toString();
  }
}
