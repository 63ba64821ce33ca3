package org.winnow.core.index;

/** The user's query could not be parsed; the message says where. */
public class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
