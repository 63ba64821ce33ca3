package org.winnow.core.project;

/**
 * The user asked for something the project cannot do as asked (not a project folder, already open,
 * a duplicate import without --force, a source with another type). The message says what to do.
 */
public class ProjectException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProjectException(String message) {
    super(message);
  }
}
