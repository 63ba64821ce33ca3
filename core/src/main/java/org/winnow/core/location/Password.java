package org.winnow.core.location;

import java.util.Arrays;
import java.util.Optional;

/**
 * A password typed into the window for one server project, held in memory only: it is given to the
 * driver when connecting and never written to a file, a log or a location's text. {@link
 * #toString()} hides it, and two passwords are equal only when they are the same object, so that no
 * comparison or map key leaks or depends on it.
 */
public final class Password {
  /** No password typed: the driver gets PGPASSWORD or the password file's, if any. */
  public static final Password NONE = new Password(new char[0]);

  private final char[] chars;

  private Password(char[] chars) {
    this.chars = chars;
  }

  /** A copy of the typed characters; an empty password means none was typed. */
  public static Password of(char[] typed) {
    return typed == null || typed.length == 0
        ? NONE
        : new Password(Arrays.copyOf(typed, typed.length));
  }

  /** Whether a password was typed. */
  public boolean isGiven() {
    return chars.length > 0;
  }

  /** The text for the driver's connection properties, only when connecting. */
  Optional<String> reveal() {
    return isGiven() ? Optional.of(new String(chars)) : Optional.empty();
  }

  @Override
  public String toString() {
    return isGiven() ? "(password given, hidden)" : "(no password)";
  }
}
