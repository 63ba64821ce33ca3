package org.winnow.strategies.syntax;

/** A strategy that cannot be read: names the line and column and what is wrong there. */
public final class StrategySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  public StrategySyntaxException(int line, int column, String problem) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the position. */
  public String problem() {
    return problem;
  }
}
