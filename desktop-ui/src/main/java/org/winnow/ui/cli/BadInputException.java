package org.winnow.ui.cli;

/** An option value that parses but makes no sense (a date in the future, a missing file). */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
