package org.winnow.strategies.ast;

/**
 * One numbered line of a search history. {@code label} is the number or label as the author wrote
 * it ({@code 1}, {@code #3}, {@code S2}, {@code 1a}); null when the lines were not numbered.
 */
public record SearchLine(int number, String label, Node query, Span span) {
  public static SearchLine of(int number, Node query) {
    return new SearchLine(number, null, query, Span.NONE);
  }
}
