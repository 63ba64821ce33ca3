package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.Fixtures;

/** Output files: whole or not at all, never into a directory, a device or a read-only file. */
class AtomicFilesTest {
  @TempDir Path tmp;

  private static void write(Path target, String text) throws IOException {
    AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private List<Path> leftovers() throws IOException {
    try (var s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void writesAndReplacesARegularFile() throws Exception {
    Path f = tmp.resolve("out.csv");
    write(f, "one");
    write(f, "two");
    assertEquals("two", Files.readString(f));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void refusesADirectory() throws Exception {
    Path d = Files.createDirectory(tmp.resolve("folder"));
    OutputFileException e = assertThrows(OutputFileException.class, () -> write(d, "x"));
    assertEquals(d + " is a directory", e.getMessage());
    assertEquals(d, e.target());
    assertTrue(Files.isDirectory(d));
  }

  @Test
  void refusesADeviceNode() {
    Path dev = Fixtures.specialFile(tmp).orElse(null);
    assumeTrue(dev != null, "cannot make a device node or a pipe here");
    OutputFileException e = assertThrows(OutputFileException.class, () -> write(dev, "x"));
    assertTrue(e.getMessage().startsWith(dev + " is not a regular file"), e.getMessage());
    assertFalse(Files.isRegularFile(dev), "left as it was");
  }

  @Test
  void refusesAReadOnlyFile() throws Exception {
    Path f = Files.writeString(tmp.resolve("kept.csv"), "kept");
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    OutputFileException e = assertThrows(OutputFileException.class, () -> write(f, "x"));
    assertEquals(f + " is read-only", e.getMessage());
    assertEquals("kept", Files.readString(f));
  }

  @Test
  void anUnwritableFolderIsNamedNotTheTemporaryFile() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path d = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path f = d.resolve("out.csv");
    try {
      OutputFileException e = assertThrows(OutputFileException.class, () -> write(f, "x"));
      assertTrue(e.getMessage().startsWith("cannot write " + f + ":"), e.getMessage());
      assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
      assertFalse(Files.exists(f));
    } finally {
      Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
    Path f = Files.writeString(tmp.resolve("out.csv"), "before");
    OutputFileException e =
        assertThrows(
            OutputFileException.class,
            () ->
                AtomicFiles.write(
                    f,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }));
    assertEquals("cannot write " + f + ": No space left on device", e.getMessage());
    assertEquals("before", Files.readString(f));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void textIsWrittenThroughOnePlace() throws Exception {
    Path f = tmp.resolve("t.txt");
    int n =
        AtomicFiles.writeText(
            f,
            w -> {
              w.write("é");
              return 1;
            });
    assertEquals(1, n);
    assertEquals("é", Files.readString(f, StandardCharsets.UTF_8));
  }
}
