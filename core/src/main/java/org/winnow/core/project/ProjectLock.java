package org.winnow.core.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a project folder while it is open, so a second window or process gets a
 * clear message instead of writing the same files.
 */
final class ProjectLock implements AutoCloseable {
  static final String FILE = ".winnow.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static ProjectLock acquire(Path folder) throws ProjectException {
    Path file = folder.resolve(FILE);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new ProjectException(
            "project " + folder + " is open in another window or process; close it there first");
      }
      channel.truncate(0);
      channel.write(
          java.nio.ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
      return new ProjectLock(channel, lock);
    } catch (IOException e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // the lock failure is what the user needs to hear about
      }
      throw new ProjectException("cannot lock project " + folder + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the operating system releases the lock with the process anyway
    }
  }
}
