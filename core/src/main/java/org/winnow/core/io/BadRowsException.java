package org.winnow.core.io;

import java.util.List;

/**
 * A file whose rows were all checked before anything was stored, and some were bad: every bad row
 * is listed, so one run names everything to fix, and nothing was stored.
 */
public final class BadRowsException extends ImportException {
  private static final long serialVersionUID = 1L;
  private final transient List<RowProblem> problems;

  public BadRowsException(String file, List<RowProblem> problems) {
    // one bad row reads as any single-row error: file, line, field
    super(
        file,
        problems.size() == 1 ? problems.get(0).line() : 0,
        problems.size() == 1 ? problems.get(0).column() : null,
        problems.size() == 1
            ? problems.get(0).problem() + " (nothing was stored)"
            : summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<RowProblem> problems) {
    StringBuilder s =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " bad row" : " bad rows")
            .append("; nothing was stored:");
    for (RowProblem p : problems) {
      s.append(System.lineSeparator()).append("  ").append(p);
    }
    return s.toString();
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
