package org.winnow.core.io;

/**
 * Bad input: names the file, the 1-based line (0 when unknown) and the field (null when none), so
 * the user can find and fix it.
 */
public class ImportException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final String field;
  private final String problem;

  public ImportException(String file, int line, String field, String problem) {
    super(format(file, line, field, problem));
    this.file = file;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  /** "file:line: field F: problem", the shape of every import message. */
  static String format(String file, int line, String field, String problem) {
    StringBuilder s = new StringBuilder(file == null ? "<input>" : file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (field != null) {
      s.append(": field ").append(field);
    }
    return s.append(": ").append(problem).toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
