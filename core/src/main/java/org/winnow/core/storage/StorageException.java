package org.winnow.core.storage;

/**
 * The project database failed (I/O, corruption, a constraint): an internal error, not bad input.
 */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
