package org.winnow.strategies.syntax;

/** A strategy that cannot be read: names the line and column and what is wrong there. */
public final class StrategySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;
  private final transient Fix fix;

  public StrategySyntaxException(int line, int column, String problem) {
    this(line, column, problem, null);
  }

  /** A problem with the change that would make the line readable ({@code fix} may be null). */
  public StrategySyntaxException(int line, int column, String problem, Fix fix) {
    super(
        "line "
            + line
            + ", column "
            + column
            + ": "
            + problem
            + (fix == null ? "" : "; fix: " + fix));
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.fix = fix;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The suggested change, or null when there is no single obvious one. */
  public Fix fix() {
    return fix;
  }

  /** The message without the position. */
  public String problem() {
    return problem;
  }
}
