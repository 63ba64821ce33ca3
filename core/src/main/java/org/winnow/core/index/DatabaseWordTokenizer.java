package org.winnow.core.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words as PubMed and Ovid index it: a word is a run of letters and digits (with
 * their combining accents); every other character separates words, so {@code trial.Setting:8} is
 * trial, Setting, 8 and {@code Design:Randomized} is Design, Randomized (Lucene's standard
 * tokenizer keeps both whole, and a search for setting or randomized missed them). A point between
 * two digits stays in the number ({@code 2.5}). Runs longer than {@link #MAX_WORD} are cut.
 */
public final class DatabaseWordTokenizer extends Tokenizer {
  /** Longest word kept whole, as Lucene's standard tokenizer. */
  static final int MAX_WORD = 255;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  /**
   * The field's text, read whole into a reused array (a StringBuilder compacted every character to
   * Latin-1 as it was appended, a third of indexing time).
   */
  private char[] text = new char[4096];

  private int length;
  private boolean read;
  private int at;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!read) {
      readAll();
    }
    int n = length;
    while (at < n && !isWordChar(Character.codePointAt(text, at, n))) {
      at += Character.charCount(Character.codePointAt(text, at, n));
    }
    if (at >= n) {
      return false;
    }
    int start = at;
    while (at < n && at - start < MAX_WORD) {
      int c = Character.codePointAt(text, at, n);
      if (isWordChar(c)) {
        at += Character.charCount(c);
      } else if (c == '.' && isDecimalPoint(start)) {
        at++;
      } else {
        break;
      }
    }
    term.copyBuffer(text, start, at - start);
    offset.setOffset(correctOffset(start), correctOffset(at));
    return true;
  }

  /**
   * A point between digits, inside a word that began with a digit ({@code 0.05}, not {@code a1.2}).
   */
  private boolean isDecimalPoint(int start) {
    return at > start
        && at + 1 < length
        && Character.isDigit(text[at - 1])
        && Character.isDigit(text[at + 1])
        && Character.isDigit(text[start]);
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private void readAll() throws IOException {
    int k;
    while ((k = input.read(text, length, text.length - length)) > 0) {
      length += k;
      if (length == text.length) {
        text = java.util.Arrays.copyOf(text, 2 * length);
      }
    }
    read = true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    read = false;
    at = 0;
  }
}
