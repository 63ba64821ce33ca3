package org.winnow.strategies.ast;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Words searched as written: one word, or several as a phrase. {@code quoted} keeps whether the
 * author quoted them (PubMed then skips its automatic term mapping).
 */
public record Text(List<Word> words, boolean quoted, Span span) implements Node {
  public Text {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no words");
    }
  }

  /** Unquoted words without wildcards, split at spaces ({@code Text.of("heart attack")}). */
  public static Text of(String words) {
    return new Text(
        Arrays.stream(words.trim().split("\\s+")).map(Word::of).collect(Collectors.toList()),
        false,
        Span.NONE);
  }

  public static Text quoted(String words) {
    Text t = of(words);
    return new Text(t.words, true, Span.NONE);
  }

  public boolean isPhrase() {
    return words.size() > 1;
  }

  public boolean hasWildcards() {
    return words.stream().anyMatch(Word::hasWildcards);
  }

  @Override
  public <R> R accept(NodeVisitor<R> visitor) {
    return visitor.text(this);
  }

  @Override
  public String toString() {
    String s = words.stream().map(Word::toString).collect(Collectors.joining(" "));
    return quoted ? '"' + s + '"' : s;
  }
}
