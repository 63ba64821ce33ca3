package org.winnow.core.project;

/**
 * Another client of a server project is running an operation that must run alone (an import, a
 * deduplication); the message says who. Nothing was changed: try again when it has finished.
 */
public final class ProjectBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ProjectBusyException(String message) {
    super(message);
  }
}
