package org.winnow.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one place output files are written (every {@code -o}, {@code --export}, {@code --forest}):
 * beside their target, synced, and moved into place, so a failure never leaves half a file. The
 * target must be a regular file that may be replaced, or not exist yet: a directory, a device node,
 * a pipe or a read-only file is refused, and so is a folder that cannot be written. Every failure
 * is an {@link OutputFileException} naming the target. The temporary file is created like any other
 * (not with createTempFile's owner-only permissions), so the result has the user's usual
 * permissions.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** What writes text content, and what it returns (a count of rows, say). */
  @FunctionalInterface
  public interface TextContent<T> {
    T write(Writer w) throws IOException;
  }

  /** Writes UTF-8 text; returns what the content returned. */
  public static <T> T writeText(Path target, TextContent<T> content) throws IOException {
    List<T> result = new ArrayList<>(1);
    write(
        target,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          result.add(content.write(w));
          w.flush();
        });
    return result.get(0);
  }

  public static void write(Path target, Content content) throws IOException {
    checkTarget(target);
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputFileException(
          target, "cannot write " + target + ": cannot create the folder " + dir, e);
    }
    if (!writable(dir)) {
      throw new OutputFileException(
          target, "cannot write " + target + ": the folder " + dir + " is read-only");
    }
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        // a full or failing disk may only say so when the data reaches it
        channel.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (OutputFileException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputFileException(target, "cannot write " + target + ": " + reason(e), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Refuses a target that is not a regular file that may be replaced. */
  private static void checkTarget(Path target) throws OutputFileException {
    if (Files.isDirectory(target)) {
      throw new OutputFileException(target, target + " is a directory");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isRegularFile(target)) {
      throw new OutputFileException(
          target,
          target
              + " is not a regular file (a device, a pipe or a broken link): give the name of a"
              + " file to write");
    }
    if (!writable(target)) {
      throw new OutputFileException(target, target + " is read-only");
    }
  }

  /**
   * Whether a file or folder may be written: the system says so, and it has a write permission bit
   * (an administrator may write anything, but a file made read-only is kept as it is).
   */
  private static boolean writable(Path p) {
    if (!Files.isWritable(p)) {
      return false;
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
    if (posix == null) {
      return true;
    }
    try {
      Set<PosixFilePermission> perms = posix.readAttributes().permissions();
      return perms.contains(PosixFilePermission.OWNER_WRITE)
          || perms.contains(PosixFilePermission.GROUP_WRITE)
          || perms.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException e) {
      return true;
    }
  }

  /** What went wrong, without the temporary file's name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      // its message is the temporary file's path; the reason alone is what the user needs
      return f.getReason() != null ? f.getReason() : "the file system refused the write";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "the write failed" : m;
  }
}
