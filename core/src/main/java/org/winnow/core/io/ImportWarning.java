package org.winnow.core.io;

/**
 * Something an import let through but the user should look at, such as a last record that the file
 * ends inside without its terminator (a file possibly cut short). Names the file, the 1-based line
 * (0 when unknown) and the field (null when none), as {@link ImportException} does.
 */
public record ImportWarning(String file, int line, String field, String problem) {

  /** "file:line: field F: problem", the shape of error messages. */
  public String message() {
    return ImportException.format(file, line, field, problem);
  }
}
