package org.winnow.core.location;

import java.time.Duration;

/**
 * What happened to a team project's connection to its server, for the window and the command line
 * to show: it was lost (and Winnow is reconnecting), it is back, or Winnow gave up.
 *
 * @param server the server and database as shown to people ({@code host:port/database})
 * @param attempt the reconnection attempt about to be made (LOST), or that succeeded (RESTORED)
 * @param waiting how long Winnow waits before that attempt (LOST), else zero
 * @param cause the driver's message of the failure
 */
public record ConnectionEvent(
    Kind kind, String server, int attempt, Duration waiting, String cause) {

  /** The three things that happen to a connection. */
  public enum Kind {
    /** The connection dropped; Winnow is reconnecting. */
    LOST,
    /** A new connection is open; the interrupted write is retried with its key. */
    RESTORED,
    /** No connection could be opened in the time allowed; the action failed. */
    GAVE_UP
  }

  /** A sentence for a status line or stderr. */
  public String message() {
    return switch (kind) {
      case LOST ->
          "connection to "
              + server
              + " lost ("
              + cause
              + "), reconnecting… (attempt "
              + attempt
              + " in "
              + waiting.toMillis()
              + " ms)";
      case RESTORED -> "connection to " + server + " restored (attempt " + attempt + ")";
      case GAVE_UP ->
          "connection to "
              + server
              + " lost and not restored after "
              + attempt
              + " attempts: "
              + cause;
    };
  }
}
