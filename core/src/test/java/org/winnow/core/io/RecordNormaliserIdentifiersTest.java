package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.winnow.core.model.Bibliographic;

/** Identifier cells as CSV exports write them. */
class RecordNormaliserIdentifiersTest {

  @Test
  void zeroPubMedIdMeansNone() {
    RecordDraft d = new RecordDraft(1).add(Field.PMID, "0");
    assertNull(RecordNormaliser.normalise(d).pmid());
    assertEquals(
        "21314913",
        RecordNormaliser.normalise(new RecordDraft(1).add(Field.PMID, "PUBMED 21314913")).pmid());
  }

  @Test
  void issnListsKeepOnlyTheIdentifiers() {
    Bibliographic b =
        RecordNormaliser.normalise(
            new RecordDraft(1)
                .add(Field.ISSN, "2041-1723 (electronic)")
                .add(Field.ISSN, "0195-6671|1095-998x"));
    assertEquals("2041-1723; 0195-6671; 1095-998X", b.issn());
    Bibliographic scopus =
        RecordNormaliser.normalise(new RecordDraft(1).add(Field.ISSN, "18602002; 1536163x"));
    assertEquals("1860-2002; 1536-163X", scopus.issn());
  }

  @Test
  void urlIsTheFirstOfSeveral() {
    assertEquals(
        "https://www.sciencedirect.com/science/article/pii/S1",
        RecordNormaliser.normalise(
                new RecordDraft(1)
                    .add(
                        Field.URL,
                        "https://www.sciencedirect.com/science/article/pii/S1 https://lens.org/1"))
            .url());
    assertEquals(
        "https://www.embase.com/search/results?id=L2029880245&from=export",
        RecordNormaliser.normalise(
                new RecordDraft(1)
                    .add(
                        Field.URL,
                        "https://www.embase.com/search/results?id=L2029880245&from=export     U2  - L2"))
            .url());
  }
}
