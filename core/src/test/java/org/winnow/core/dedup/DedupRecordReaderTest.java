package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.Field;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Record;

/**
 * A run's reader holds one copy of each word for all its records (a million records must fit in a 4
 * GB heap) and reads every record exactly as {@link DedupRecord#of} does.
 */
class DedupRecordReaderTest {
  private static Record record(long id, String title, String author) {
    RecordDraft d =
        new RecordDraft(1)
            .add(Field.TITLE, title)
            .add(Field.AUTHOR, author)
            .add(Field.YEAR, "2019")
            .add(Field.JOURNAL, "Journal of Stroke and Cerebrovascular Diseases")
            .add(Field.VOLUME, "28")
            .add(Field.ISSUE, "4")
            .add(Field.PAGES, "149-55")
            .add(Field.ABSTRACT, "Stroke units reduce death and dependency in older adults.");
    Record r = RecordNormaliser.toRecord(d, 1);
    return new Record(id, 1, id, 1, 1, "r" + id, r.raw(), r.fields());
  }

  @Test
  void sharesWordsAcrossRecords() {
    DedupRecord.Reader reader = new DedupRecord.Reader();
    DedupRecord a = reader.read(record(1, "Stroke unit care for older adults", "Zhai, Qing"));
    DedupRecord b = reader.read(record(2, "Older adults after stroke", "Zhai, Qing"));
    assertSame(word(a, "stroke"), word(b, "stroke"));
    assertSame(a.authors().get(0), b.authors().get(0));
    assertSame(a.givenNames().get(0), b.givenNames().get(0));
    assertSame(a.journalForms(), b.journalForms());
    assertSame(a.volume(), b.volume());
    assertSame(a.issue(), b.issue());
    assertSame(a.startPage(), b.startPage());

    DedupRecord c = DedupRecord.of(record(3, "Older adults after stroke", "Zhai, Qing"));
    assertNotSame(word(b, "stroke"), word(c, "stroke"), "records read alone share nothing");
  }

  @Test
  void readsAsDedupRecordOfDoes() {
    DedupRecord.Reader reader = new DedupRecord.Reader();
    for (Record r :
        List.of(
            record(1, "Stroke unit care for older adults", "Zhai, Qing"),
            record(2, "Erratum to: Stroke unit care for older adults, part II", "Yue, X. Y."),
            record(3, "", "Li, W."))) {
      DedupRecord shared = reader.read(r);
      DedupRecord alone = DedupRecord.of(r);
      assertEquals(alone.title(), shared.title());
      assertEquals(alone.titleWords(), shared.titleWords());
      assertEquals(alone.authors(), shared.authors());
      assertEquals(alone.givenNames(), shared.givenNames());
      assertEquals(alone.journalForms(), shared.journalForms());
      assertEquals(alone.volume(), shared.volume());
      assertEquals(alone.issue(), shared.issue());
      assertEquals(alone.startPage(), shared.startPage());
      assertEquals(alone.kind(), shared.kind());
      assertEquals(alone.part(), shared.part());
      assertEquals(alone.abstractPrint().words(), shared.abstractPrint().words());
      assertArrayEquals(alone.abstractPrint().minHash(), shared.abstractPrint().minHash());
    }
  }

  private static String word(DedupRecord r, String word) {
    return r.titleWords().stream().filter(word::equals).findFirst().orElseThrow();
  }
}
