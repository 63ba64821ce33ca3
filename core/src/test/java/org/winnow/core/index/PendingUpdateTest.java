package org.winnow.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/** Documents added during an import are seen only once committed, and never when discarded. */
class PendingUpdateTest {
  @TempDir Path tmp;

  private static Record record(long id, String title) {
    Bibliographic f =
        new Bibliographic(
            "JOUR",
            title,
            null,
            List.of(new Author("Smith", "J")),
            2001,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            null);
    return new Record(id, 1, id, (int) id, 1, null, List.of(), f);
  }

  @Test
  void committedDocumentsAreSearchableAndStamped() throws Exception {
    try (CitationIndex index = CitationIndex.open(tmp.resolve("index"))) {
      index.rebuild(consumer -> {}, 1);
      try (CitationIndex.PendingUpdate update = index.beginUpdate()) {
        for (int i = 1; i <= 3000; i++) {
          update.put(List.of(record(i, i == 7 ? "Stroke units" : "Other work " + i)));
        }
        update.allAdded();
        assertFalse(index.isCurrent(2), "nothing visible before the commit");
        assertEquals(0, index.search("stroke", 10).total());
        update.commit(1, 2);
      }
      assertTrue(index.isCurrent(2));
      assertEquals(List.of("#7"), index.search("stroke", 10).hits().get(0).recordIds());
      assertEquals(3000, index.search("authors:smith", 10).total());
    }
  }

  @Test
  void aDiscardedUpdateLeavesTheIndexAsItWas() throws Exception {
    try (CitationIndex index = CitationIndex.open(tmp.resolve("index"))) {
      index.rebuild(consumer -> consumer.accept(record(1, "Kept")), 1);
      try (CitationIndex.PendingUpdate update = index.beginUpdate()) {
        for (int i = 2; i <= 3000; i++) {
          update.put(List.of(record(i, "Dropped")));
        }
      } // closed without a commit, as when the database rolls back
      assertTrue(index.isCurrent(1));
      assertEquals(0, index.search("dropped", 10).total());
      assertEquals(1, index.search("kept", 10).total());
      // the write lock is free
      index.update(List.of(), consumer -> consumer.accept(record(2, "Later")), 1, 2);
      assertEquals(1, index.search("later", 10).total());
    }
  }

  @Test
  void anUpdateIsFinishedOnce() {
    try (CitationIndex index = CitationIndex.open(tmp.resolve("index"))) {
      index.rebuild(consumer -> {}, 0);
      CitationIndex.PendingUpdate update = index.beginUpdate();
      update.commit(0, 1);
      assertThrows(IllegalStateException.class, () -> update.put(List.of(record(1, "x"))));
      assertThrows(IllegalStateException.class, () -> update.commit(1, 2));
      update.close();
      assertTrue(index.isCurrent(1));
    }
  }

  @Test
  void aStaleIndexIsNotStampedCurrentByAnUpdate() throws Exception {
    try (CitationIndex index = CitationIndex.open(tmp.resolve("index"))) {
      index.rebuild(consumer -> consumer.accept(record(1, "Kept")), 1);
      // the database moved on to 2 without the index; the change from 2 to 3 must not hide that
      assertFalse(index.update(List.of(1L), consumer -> consumer.accept(record(2, "New")), 2, 3));
      assertFalse(index.isCurrent(3));
      assertTrue(index.isCurrent(1), "left as it was, for the rebuild");
      assertEquals(1, index.search("kept", 10).total());
      try (CitationIndex.PendingUpdate update = index.beginUpdate()) {
        update.put(List.of(record(3, "Imported")));
        update.commit(2, 3);
      }
      assertFalse(index.isCurrent(3));
      assertEquals(0, index.search("imported", 10).total());
    }
  }

  @Test
  void anUpdateRemovesAndReplacesInOneCommit() throws Exception {
    try (CitationIndex index = CitationIndex.open(tmp.resolve("index"))) {
      index.rebuild(
          consumer -> {
            consumer.accept(record(1, "Target"));
            consumer.accept(record(2, "Merged away"));
          },
          1);
      assertTrue(
          index.update(
              List.of(2L),
              consumer -> {
                consumer.accept(record(1, "Target"));
                consumer.accept(
                    new Record(2, 1, 1, 2, 1, null, List.of(), record(2, "x").fields()));
              },
              1,
              2));
      assertTrue(index.isCurrent(2));
      assertEquals(0, index.search("merged", 10).total());
      assertEquals(List.of("#1", "#2"), index.search("target", 10).hits().get(0).recordIds());
    }
  }
}
