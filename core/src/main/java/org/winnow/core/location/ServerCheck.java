package org.winnow.core.location;

/**
 * What a server location holds, found by connecting once before a project is opened on it, so that
 * the window can say what went wrong in words and offer what can be done (an empty database may
 * become a new project, as {@code winnow init URL} makes one).
 *
 * @param state what was found
 * @param message a sentence for the user saying what was found and what to do
 */
public record ServerCheck(State state, String message) {

  /** What connecting to a server location found. */
  public enum State {
    /** No server answered at the host and port (down, a wrong name or port, a firewall). */
    UNREACHABLE,
    /** The secure connection (TLS) asked for could not be made. */
    TLS_FAILED,
    /** The server refused the user or the password. */
    LOGIN_REFUSED,
    /** The server has no database of that name. */
    NO_DATABASE,
    /** The database holds no tables: a new project can be created in it. */
    EMPTY,
    /** The database holds tables but no Winnow project. */
    NOT_WINNOW,
    /** The database holds a Winnow project. */
    PROJECT
  }

  /** Whether a project can be opened here as it is. */
  public boolean holdsProject() {
    return state == State.PROJECT;
  }

  /** Whether a new project may be created here (the database is empty). */
  public boolean canCreate() {
    return state == State.EMPTY;
  }
}
