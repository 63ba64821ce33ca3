package org.winnow.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.winnow.core.project.TestProjects;

/**
 * All or nothing holds for every failure, not only exceptions: an {@link Error} thrown half-way
 * through a transaction (out of memory, stack overflow, an assertion) must not commit the rows
 * written before it.
 */
class TransactionFailureTest {
  @TempDir Path tmp;

  private static Throwable failure(String kind) {
    return switch (kind) {
      case "out-of-memory" -> new OutOfMemoryError("Java heap space");
      case "stack-overflow" -> new StackOverflowError();
      case "assertion" -> new AssertionError("broken invariant");
      default -> new IllegalStateException("runtime failure");
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"out-of-memory", "stack-overflow", "assertion", "runtime"})
  void aFailureHalfWayStoresNothing(String kind) {
    Throwable thrown = failure(kind);
    try (Database db = TestProjects.database(tmp)) {
      Throwable caught =
          assertThrows(
              Throwable.class,
              () ->
                  db.inTransaction(
                      c -> {
                        for (int i = 0; i < 2000; i++) {
                          MetaDao.put(c, "row." + i, "x");
                        }
                        AuditDao.log(c, "tester", "import", "import_batch", 1L, "half-way");
                        throw sneaky(thrown);
                      }));
      assertSame(thrown, caught, "the failure reaches the caller unchanged");
      assertEquals(Optional.empty(), db.read(c -> MetaDao.get(c, "row.0")));
      assertEquals(0L, db.read(AuditDao::count));
      // the connection is usable afterwards, and back in autocommit mode
      db.inTransaction(
          c -> {
            MetaDao.put(c, "after", "y");
            return null;
          });
      assertEquals(Optional.of("y"), db.read(c -> MetaDao.get(c, "after")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out-of-memory", "runtime"})
  void aFailureInCheckedWorkStoresNothing(String kind) {
    Throwable thrown = failure(kind);
    try (Database db = TestProjects.database(tmp)) {
      Throwable caught =
          assertThrows(
              Throwable.class,
              () ->
                  db.inTransaction(
                      java.io.IOException.class,
                      c -> {
                        MetaDao.put(c, "row", "x");
                        throw sneaky(thrown);
                      }));
      assertSame(thrown, caught);
      assertEquals(Optional.empty(), db.read(c -> MetaDao.get(c, "row")));
    }
  }

  private static RuntimeException sneaky(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    throw new IllegalStateException(t);
  }
}
