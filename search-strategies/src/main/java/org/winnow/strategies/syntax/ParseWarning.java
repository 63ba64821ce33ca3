package org.winnow.strategies.syntax;

/** Something read leniently (a stray quote, an implicit AND, a history note): position and why. */
public record ParseWarning(int line, int column, String message) {
  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
