package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.winnow.core.project.PrismaService;

class PrismaLabelsTest {
  @Test
  void everyFieldAndEveryCountBesideTheDiagramHasWords() {
    for (PrismaField f : PrismaField.values()) {
      assertFalse(
          PrismaLabels.of(f.key()).contains("_"), f.key() + ": " + PrismaLabels.of(f.key()));
    }
    for (String key : PrismaService.AWAITING_FIELDS) {
      assertFalse(PrismaLabels.of(key).contains("_"), key);
    }
    for (String key : new String[] {"dbr_awaiting", "other_awaiting"}) {
      assertFalse(PrismaLabels.of(key).contains("_"), key);
    }
  }

  @Test
  void theTemplatesWordsWithoutItsNoteToWhoeverFillsItIn() {
    assertEquals(
        "Studies included in previous version of review", PrismaLabels.of("previous_studies"));
    assertEquals("Reports excluded (databases and registers)", PrismaLabels.of("dbr_excluded"));
    assertEquals("something_new", PrismaLabels.of("something_new"));
  }
}
