package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.Field;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Record;

/**
 * A fingerprint stored at import reads back as the one computed from the abstract, and records
 * built on the loader's second thread are those the reader builds, in the same order.
 */
class StoredFingerprintTest {
  @Property
  void aStoredFingerprintReadsBackAsComputed(@ForAll @StringLength(max = 400) String text) {
    byte[] stored = AbstractFingerprint.stored(text);
    assertEquals(AbstractFingerprint.of(text), AbstractFingerprint.fromStored(stored));
  }

  @Test
  void noAbstractStoresNothingAndAnAbstractWithoutWordsStoresNoBytes() {
    assertNull(AbstractFingerprint.stored(null));
    assertEquals(0, AbstractFingerprint.stored(" -- ").length);
    assertNull(AbstractFingerprint.fromStored(new byte[0]));
  }

  @Test
  void bytesOfAnotherSizeAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AbstractFingerprint.fromStored(new byte[12]));
    assertEquals("a stored abstract fingerprint has 76 bytes, not 12", e.getMessage());
  }

  private static Record record(long id, String abstractText) {
    RecordDraft d =
        new RecordDraft(1)
            .add(Field.TITLE, "Stroke unit care for older adults, part " + (id % 7))
            .add(Field.AUTHOR, "Zhai, Qing " + (id % 13))
            .add(Field.YEAR, "2019")
            .add(Field.JOURNAL, "Journal of Stroke " + (id % 5))
            .add(Field.PAGES, id + "-" + (id + 9));
    if (abstractText != null) {
      d.add(Field.ABSTRACT, abstractText);
    }
    Record r = RecordNormaliser.toRecord(d, 1);
    return new Record(id, 1, id, 1, 1, "r" + id, r.raw(), r.fields());
  }

  @Test
  void theLoaderBuildsWhatTheReaderBuildsInOrder() {
    List<Record> records = new ArrayList<>();
    for (long id = 1; id <= 2_345; id++) { // more than two chunks, the last one partial
      records.add(record(id, id % 3 == 0 ? null : "Units reduce death in adults " + id + "."));
    }
    DedupRecord.Reader reader = new DedupRecord.Reader();
    List<DedupRecord> loaded;
    try (DedupRecordLoader loader = new DedupRecordLoader()) {
      for (Record r : records) {
        // every other record as stored at import, the rest fingerprinted from their abstract
        byte[] print =
            r.id() % 2 == 0 ? AbstractFingerprint.stored(r.fields().abstractText()) : null;
        loader.add(r, print);
      }
      loaded = loader.finish();
    }
    assertEquals(records.size(), loaded.size());
    for (int i = 0; i < records.size(); i++) {
      DedupRecord expected = reader.read(records.get(i));
      DedupRecord got = loaded.get(i);
      assertEquals(expected.recordId(), got.recordId());
      assertEquals(expected.title(), got.title());
      assertEquals(expected.authors(), got.authors());
      assertEquals(expected.journalForms(), got.journalForms());
      assertEquals(expected.startPage(), got.startPage());
      assertEquals(expected.part(), got.part());
      assertEquals(expected.abstractPrint(), got.abstractPrint());
    }
  }

  @Test
  void aFailureOnTheLoadersThreadReachesTheCaller() {
    try (DedupRecordLoader loader = new DedupRecordLoader()) {
      for (long id = 1; id <= 1_500; id++) {
        loader.add(record(id, "An abstract."), id == 700 ? new byte[3] : null);
      }
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, loader::finish);
      assertEquals("a stored abstract fingerprint has 76 bytes, not 3", e.getMessage());
    }
  }

  @Test
  void recordsCannotBeAddedOnceLoaded() {
    try (DedupRecordLoader loader = new DedupRecordLoader()) {
      loader.add(record(1, null), null);
      assertEquals(1, loader.finish().size());
      assertThrows(IllegalStateException.class, () -> loader.add(record(2, null), null));
    }
  }
}
