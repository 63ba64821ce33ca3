package org.winnow.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.fixtures.Fixtures;

/**
 * Every file written with -o: never into a directory, a device or a read-only file, and an
 * unwritable folder is named, not the temporary file; each refusal exits 3.
 */
class OutputFileCliTest {
  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void project() throws Exception {
    dir = tmp.resolve("review").toString();
    assertEquals(0, Cli.run("init", dir).exitCode());
    Path ris =
        Files.writeString(
            tmp.resolve("r.ris"), "TY  - JOUR\nID  - j1\nTI  - Group CBT\nPY  - 2015\nER  - \n");
    assertEquals(
        0,
        Cli.run("import", dir, ris.toString(), "--source", "X", "--source-type", "database")
            .exitCode());
  }

  /** The verbs that write -o FILE, each given the target. */
  private List<String[]> writers(String target) {
    List<String[]> all = new ArrayList<>();
    all.add(new String[] {"export", dir, "--format", "ris", "-o", target});
    all.add(new String[] {"prisma", dir, "--format", "csv", "-o", target});
    return all;
  }

  @Test
  void aDirectoryIsRefused() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("folder"));
    for (String[] args : writers(folder.toString())) {
      Cli r = Cli.run(args);
      assertEquals(3, r.exitCode(), args[0] + ": " + r.err());
      assertTrue(r.err().contains(folder + " is a directory"), r.err());
      assertTrue(Files.isDirectory(folder));
    }
  }

  @Test
  void aDeviceNodeIsRefused() {
    Path device = Fixtures.specialFile(tmp).orElse(null);
    assumeTrue(device != null, "cannot make a device node or a pipe here");
    for (String[] args : writers(device.toString())) {
      Cli r = Cli.run(args);
      assertEquals(3, r.exitCode(), args[0] + ": " + r.err());
      assertTrue(r.err().contains(device + " is not a regular file"), r.err());
      assertTrue(Files.exists(device) && !Files.isRegularFile(device), "left as it was");
    }
  }

  @Test
  void aReadOnlyFileIsKept() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path f = Files.writeString(tmp.resolve("kept.ris"), "kept");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
    for (String[] args : writers(f.toString())) {
      Cli r = Cli.run(args);
      assertEquals(3, r.exitCode(), args[0] + ": " + r.err());
      assertTrue(r.err().contains(f + " is read-only"), r.err());
      assertEquals("kept", Files.readString(f));
    }
  }

  @Test
  void anUnwritableFolderNamesTheTarget() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path f = locked.resolve("out.ris");
    try {
      for (String[] args : writers(f.toString())) {
        Cli r = Cli.run(args);
        assertEquals(3, r.exitCode(), args[0] + ": " + r.err());
        assertTrue(r.err().contains("cannot write " + f), r.err());
        assertFalse(r.err().contains(".tmp"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
