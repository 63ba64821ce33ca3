package org.winnow.core.io;

/**
 * One bad row of an input file: where it is (file, 1-based line, the column as the file names it)
 * and what is wrong, worded for the person who will fix the file.
 */
public record RowProblem(String file, int line, String column, String problem) {
  @Override
  public String toString() {
    return new ImportException(file, line, column, problem).getMessage();
  }
}
