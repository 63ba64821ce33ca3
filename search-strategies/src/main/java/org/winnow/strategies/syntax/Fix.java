package org.winnow.strategies.syntax;

/**
 * The change that makes a rejected search line readable: what to do ({@code drop the stray 'or'})
 * and the line as it reads then, for a reviewer to accept or correct.
 */
public record Fix(String advice, String replacement) {
  /** Longest replacement shown whole in a message; longer ones show their ends. */
  private static final int SHOWN = 120;

  @Override
  public String toString() {
    String shown =
        replacement.length() <= SHOWN
            ? replacement
            : replacement.substring(0, SHOWN / 2)
                + " ... "
                + replacement.substring(replacement.length() - SHOWN / 2);
    return advice + ": " + shown;
  }
}
