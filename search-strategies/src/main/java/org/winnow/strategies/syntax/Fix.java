package org.winnow.strategies.syntax;

/**
 * The change that makes a rejected search line readable: what to do ({@code drop the stray 'or'})
 * and the line as it reads then, for a reviewer to accept or correct.
 */
public record Fix(String advice, String replacement) {
  @Override
  public String toString() {
    return advice + ": " + replacement;
  }
}
