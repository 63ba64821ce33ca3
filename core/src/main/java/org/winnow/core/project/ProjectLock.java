package org.winnow.core.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The writer's lock on a project: one process (and one window) at a time may change it; readers
 * need no lock (SQLite's WAL lets them read while it writes).
 *
 * <p>The lock is an operating-system lock on one byte of the database file itself, far beyond any
 * page SQLite uses and away from SQLite's own lock bytes (at 1 GiB), so it cannot be bypassed by
 * deleting a file: a separate lock file can be deleted from under its holder (it stays after a
 * crash and looks stale), after which a second writer creates a new one and locks that. The small
 * {@value #INFO_FILE} file beside the database only says who holds the lock, for the message.
 *
 * <p>Within one JVM the lock is also kept in a set of held databases, because on most systems
 * closing any channel on a file drops every lock that the process holds on it: a second open in the
 * same process is refused before it opens a channel at all.
 */
final class ProjectLock implements AutoCloseable {
  /** Who holds the lock (pid, user, since), written by the holder; informative only. */
  static final String INFO_FILE = ".winnow.lock";

  /** The locked byte: beyond the largest database SQLite can hold (2^48 bytes). */
  static final long POSITION = 1L << 62;

  private static final Duration RETRY = Duration.ofMillis(100);
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path database;
  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(Path database, FileChannel channel, FileLock lock) {
    this.database = database;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the writer's lock of the project whose database is {@code database} (created empty if
   * missing, as SQLite accepts), waiting up to {@code wait} for another writer to finish.
   */
  static ProjectLock acquire(Path database, Duration wait) throws ProjectException {
    Path key = database.toAbsolutePath().normalize();
    Instant deadline = Instant.now().plus(wait);
    while (true) {
      ProjectLock taken = tryAcquire(key);
      if (taken != null) {
        return taken;
      }
      if (!Instant.now().isBefore(deadline)) {
        throw new ProjectException(
            "project "
                + key.getParent()
                + " is open in another window or process"
                + holder(key.getParent())
                + "; close it there first"
                + (wait.isZero() ? ", or wait for it with --wait SECONDS" : "")
                + " (commands that only read, such as info and export, work meanwhile)");
      }
      try {
        Thread.sleep(RETRY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProjectException("interrupted while waiting for project " + key.getParent());
      }
    }
  }

  /** The lock, or null when another holder has it. */
  private static ProjectLock tryAcquire(Path database) throws ProjectException {
    if (!HELD_HERE.add(database)) {
      return null;
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              database,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = channel.tryLock(POSITION, 1, false);
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        HELD_HERE.remove(database);
        channel.close();
        return null;
      }
      writeInfo(database.getParent());
      return new ProjectLock(database, channel, lock);
    } catch (IOException e) {
      HELD_HERE.remove(database);
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // the lock failure is what the user needs to hear about
      }
      if (e instanceof AccessDeniedException || isReadOnly(e)) {
        throw new ProjectException(
            "project "
                + database.getParent()
                + " is read-only here, so it cannot be changed; commands that only read (info,"
                + " export, search, prisma...) work");
      }
      throw new ProjectException(
          "cannot lock project " + database.getParent() + ": " + e.getMessage());
    }
  }

  private static boolean isReadOnly(IOException e) {
    return e instanceof FileSystemException f
        && f.getReason() != null
        && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only");
  }

  /** Says who holds the lock: best effort, the lock itself does not depend on it. */
  private static void writeInfo(Path folder) {
    String info =
        "pid "
            + ProcessHandle.current().pid()
            + "\nuser "
            + System.getProperty("user.name", "unknown")
            + "\nsince "
            + Instant.now()
            + "\n";
    try {
      Files.writeString(folder.resolve(INFO_FILE), info, StandardCharsets.UTF_8);
    } catch (IOException ignored) {
      // without it the message names no holder; the lock holds all the same
    }
  }

  /** ", held by pid 123 (user ana, since ...)" from the info file, or "" when it is unreadable. */
  private static String holder(Path folder) {
    try {
      String pid = null;
      String user = null;
      String since = null;
      for (String line : Files.readAllLines(folder.resolve(INFO_FILE), StandardCharsets.UTF_8)) {
        if (line.startsWith("pid ")) {
          pid = line.substring(4).strip();
        } else if (line.startsWith("user ")) {
          user = line.substring(5).strip();
        } else if (line.startsWith("since ")) {
          since = line.substring(6).strip();
        }
      }
      if (pid == null) {
        return "";
      }
      return " (process "
          + pid
          + (user == null ? "" : ", user " + user)
          + (since == null ? "" : ", since " + since)
          + ")";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the operating system releases the lock with the process anyway
    } finally {
      HELD_HERE.remove(database);
    }
  }
}
