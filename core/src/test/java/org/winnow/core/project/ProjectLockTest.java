package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.model.SourceType;
import org.winnow.core.storage.Database;

/**
 * One writer at a time, a lock that cannot be bypassed by deleting a file, readers at any time, and
 * a read-only open that writes nothing.
 */
class ProjectLockTest {
  @TempDir Path tmp;

  private Path project() throws Exception {
    Path dir = tmp.resolve("review");
    try (ReviewProject p = ReviewProject.create(dir, "Lock test", "tester")) {
      new ImportService(p, new FormatRegistry(List.of(new LineImporter()), List.of()))
          .importFiles(
              new ImportRequest(
                  List.of(
                      Files.writeString(
                          tmp.resolve("a.lines"), "a|Stroke unit care|2001\nb|Other|2002\n")),
                  "MEDLINE",
                  SourceType.DATABASE,
                  null,
                  null,
                  null,
                  false,
                  "tester"),
              Progress.NONE);
    }
    return dir;
  }

  @Test
  void deletingTheLockFileDoesNotLetASecondWriterIn() throws Exception {
    Path dir = project();
    try (ReviewProject writer = ReviewProject.open(dir)) {
      Files.deleteIfExists(dir.resolve(ProjectLock.INFO_FILE));
      ProjectException e = assertThrows(ProjectException.class, () -> ReviewProject.open(dir));
      assertTrue(e.getMessage().contains("open in another window"), e.getMessage());
      assertEquals(2, writer.summary().records());
    }
    try (ReviewProject again = ReviewProject.open(dir)) {
      assertEquals(2, again.summary().records());
    }
  }

  @Test
  void theMessageNamesTheHolder() throws Exception {
    Path dir = project();
    try (ReviewProject writer = ReviewProject.open(dir)) {
      ProjectException e = assertThrows(ProjectException.class, () -> ReviewProject.open(dir));
      assertTrue(
          e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(e.getMessage().contains("--wait"), e.getMessage());
    }
  }

  @Test
  void readersOpenWhileAWriterHoldsTheProject() throws Exception {
    Path dir = project();
    try (ReviewProject writer = ReviewProject.open(dir)) {
      try (ReviewProject reader = ReviewProject.openReadOnly(dir)) {
        assertTrue(reader.isReadOnly());
        assertEquals(2, reader.summary().records());
        assertEquals(1, reader.search("stroke", 10).total());
      }
      // the reader's close did not release the writer's lock
      assertThrows(ProjectException.class, () -> ReviewProject.open(dir));
      writer.setSetting("k", "v", "tester");
    }
  }

  @Test
  void aWriterWaitsForTheHolderWhenAskedTo() throws Exception {
    Path dir = project();
    ReviewProject holder = ReviewProject.open(dir);
    CompletableFuture<Void> released =
        CompletableFuture.runAsync(
            () -> {
              try {
                Thread.sleep(500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              holder.close();
            });
    try (ReviewProject waited = ReviewProject.open(dir, Duration.ofSeconds(30))) {
      assertEquals(2, waited.summary().records());
    }
    released.join();
  }

  @Test
  void aReadOnlyOpenWritesNothing() throws Exception {
    Path dir = project();
    deleteTree(dir.resolve(ReviewProject.INDEX_FOLDER)); // search must not rebuild it in place
    byte[] before = Files.readAllBytes(dir.resolve(ReviewProject.DATABASE_FILE));
    List<Path> filesBefore = listing(dir);
    try (ReviewProject reader = ReviewProject.openReadOnly(dir)) {
      assertEquals(1, reader.search("stroke", 10).total(), "searched in a private index");
      assertThrows(RuntimeException.class, () -> reader.setSetting("k", "v", "tester"));
    }
    assertArrayEquals(before, Files.readAllBytes(dir.resolve(ReviewProject.DATABASE_FILE)));
    assertEquals(filesBefore, listing(dir));
    assertFalse(Files.exists(dir.resolve(ReviewProject.INDEX_FOLDER)));
  }

  @Test
  void aProjectInAReadOnlyFolderCanBeRead() throws Exception {
    Path dir = project();
    deleteTree(dir.resolve(ReviewProject.INDEX_FOLDER));
    java.util.Set<java.nio.file.attribute.PosixFilePermission> readOnly =
        java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x");
    try {
      Files.setPosixFilePermissions(dir.resolve(ReviewProject.DATABASE_FILE), readOnly);
      Files.setPosixFilePermissions(dir, readOnly);
    } catch (UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.abort("no POSIX permissions on this file system");
    }
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isWritable(dir), "this user can write anything (root): nothing to test");
      try (ReviewProject reader = ReviewProject.openReadOnly(dir)) {
        assertEquals(2, reader.summary().records());
        assertEquals(1, reader.search("stroke", 10).total());
      }
      ProjectException e = assertThrows(ProjectException.class, () -> ReviewProject.open(dir));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    } finally {
      Files.setPosixFilePermissions(
          dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anOlderSchemaIsNotMigratedByAReader() throws Exception {
    Path dir = project();
    try (ReviewProject p = ReviewProject.open(dir)) {
      p.database()
          .inTransaction(
              c -> {
                try (var s = c.createStatement()) {
                  s.execute("PRAGMA user_version = " + (Database.SCHEMA_VERSION - 1));
                }
                return null;
              });
    }
    ProjectException e =
        assertThrows(ProjectException.class, () -> ReviewProject.openReadOnly(dir));
    assertTrue(e.getMessage().contains("older Winnow"), e.getMessage());
  }

  private static List<Path> listing(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      return walk.map(dir::relativize)
          .filter(p -> !p.toString().endsWith("-shm") && !p.toString().endsWith("-wal"))
          .sorted()
          .toList();
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
