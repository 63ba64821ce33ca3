package org.winnow.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file that cannot be written as asked: the target is a directory, a device or a pipe, or
 * read-only; its folder cannot be written; or the write itself failed (a full disk). The message
 * names the target, never the temporary file beside it; nothing half-written is left behind.
 */
public class OutputFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path target;

  public OutputFileException(Path target, String message) {
    super(message);
    this.target = target;
  }

  public OutputFileException(Path target, String message, Throwable cause) {
    super(message, cause);
    this.target = target;
  }

  /** The file that was to be written. */
  public Path target() {
    return target;
  }
}
