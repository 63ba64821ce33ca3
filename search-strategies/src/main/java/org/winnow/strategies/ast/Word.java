package org.winnow.strategies.ast;

import java.util.ArrayList;
import java.util.List;

/** A search word: literal characters with truncation and wildcard symbols in between. */
public record Word(List<WordPart> parts) {
  public Word {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
  }

  /** A word without wildcards. */
  public static Word of(String literal) {
    return new Word(List.of(new WordPart.Chars(literal)));
  }

  /** A word followed by open truncation ({@code child*}). */
  public static Word truncated(String stem) {
    return new Word(
        List.of(new WordPart.Chars(stem), new WordPart.AnyRun(WordPart.AnyRun.UNLIMITED)));
  }

  public boolean hasWildcards() {
    return parts.stream().anyMatch(p -> !(p instanceof WordPart.Chars));
  }

  /** The literal characters only (wildcards left out). */
  public String literal() {
    StringBuilder b = new StringBuilder();
    for (WordPart p : parts) {
      if (p instanceof WordPart.Chars c) {
        b.append(c.text());
      }
    }
    return b.toString();
  }

  /** True when the only wildcard is one open truncation at the end ({@code child*}). */
  public boolean isPrefix() {
    return parts.size() == 2
        && parts.get(0) instanceof WordPart.Chars
        && parts.get(1) instanceof WordPart.AnyRun r
        && r.unlimited();
  }

  /** Joins adjacent literal parts (so that equal words compare equal). */
  public static Word normalised(List<WordPart> parts) {
    List<WordPart> out = new ArrayList<>();
    for (WordPart p : parts) {
      if (p instanceof WordPart.Chars c
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof WordPart.Chars prev) {
        out.set(out.size() - 1, new WordPart.Chars(prev.text() + c.text()));
      } else {
        out.add(p);
      }
    }
    return new Word(out);
  }

  /**
   * Debug notation: {@code *} open truncation, {@code *3} up to 3, {@code ?} one, {@code ?0}
   * optional.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (WordPart p : parts) {
      if (p instanceof WordPart.Chars c) {
        b.append(c.text());
      } else if (p instanceof WordPart.AnyRun r) {
        b.append('*').append(r.unlimited() ? "" : Integer.toString(r.max()));
      } else if (p instanceof WordPart.OneChar) {
        b.append('?');
      } else {
        b.append("?0");
      }
    }
    return b.toString();
  }
}
