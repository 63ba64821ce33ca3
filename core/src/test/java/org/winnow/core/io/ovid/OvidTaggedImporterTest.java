package org.winnow.core.io.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.RawField;

class OvidTaggedImporterTest {
  private final OvidTaggedImporter importer = new OvidTaggedImporter();

  private static final String MEDLARS =
      """
      <1. >
      VN  - Ovid Technologies
      DB  - Ovid MEDLINE(R) ALL
      UI  - 30714901
      AU  - Venkatasubramanian L
      FA  - Venkatasubramanian, Lalanti
      FA  - Mann, Richard S
      AU  - Mann RS
      TI  - Stereotyped terminal axon branching of leg motor neurons.
      SO  - eLife. 8, 2019 02 04.
      AB  - For animals to perform coordinated movements requires the precise
            organization of neural circuits.
      MH  - *Axons/ph [Physiology]
      DO  - https://dx.doi.org/10.7554/eLife.42692
      YR  - 2019

      <2. >
      VN  - Ovid Technologies
      DB  - Journals@Ovid
      AN  - 00000372-201112000-00014.
      AU  - Gazic, Barbara MD, PhD *
      TI  - Lobular Breast Carcinoma Metastasis.  [Report]
      SO  - American Journal of Dermatopathology December 2011;33(8):845-849
      KW  - plexiform schwannoma;  lobular breast carcinoma
      IS  - 0193-1091
      DI  - 10.1097/DAD.0b013e31820d9c0e
      """;

  private static final String DISPLAY =
      """
      <8>
      Score
        *****
      Accession Number
        00042637-900000000-99667.
      Author
        Holstiege, Jakob 1;  Mathes, Tim 2
      Title
        Effects of decision support systems: a systematic review.[Review]
      Source
        Ecohydrology.   8(6):1048-1064, September 2015.
      Abstract
        First paragraph.

        (C) 2015 The Authors
      Author Keywords
        CDSS;  primary care.
      DOI Number
        10.1136/amiajnl-2014-002886
      """;

  private List<RecordDraft> read(String text) throws ImportException {
    return importer.read(new ImportText("test.txt", text, "UTF-8"));
  }

  @Test
  void detectsBothLayoutsButNotOvidRis() {
    assertEquals(95, importer.detect(MEDLARS));
    assertEquals(85, importer.detect(DISPLAY));
    assertEquals(0, importer.detect("6. \nTY  - JOUR\nDB  - ERIC\nT1  - A title\nER  - \n"));
    assertEquals(0, importer.detect("PMID- 1\nTI  - x\n"));
    assertEquals(0, importer.detect("Score\n  *****\nAccession Number\n  1.\n"));
  }

  @Test
  void readsTheMedlarsLayout() throws Exception {
    List<RecordDraft> drafts = read(MEDLARS);
    assertEquals(2, drafts.size());
    RecordDraft first = drafts.get(0);
    assertEquals(1, first.line());
    assertEquals("30714901", first.fileRecordId());
    Bibliographic b = RecordNormaliser.normalise(first);
    assertEquals("30714901", b.pmid());
    assertEquals(
        List.of(new Author("Venkatasubramanian", "Lalanti"), new Author("Mann", "Richard S")),
        b.authors());
    assertEquals(
        "For animals to perform coordinated movements requires the precise organization of"
            + " neural circuits.",
        b.abstractText());
    assertEquals(List.of("Axons"), b.mesh());
    assertEquals("10.7554/elife.42692", b.doi());
    assertEquals(2019, b.year());
    assertTrue(first.rawFields().contains(new RawField("VN", "Ovid Technologies")));

    RecordDraft second = drafts.get(1);
    assertEquals("00000372-201112000-00014", second.fileRecordId());
    Bibliographic c = RecordNormaliser.normalise(second);
    assertEquals("Lobular Breast Carcinoma Metastasis.", c.title());
    assertEquals(List.of(new Author("Gazic", "Barbara")), c.authors());
    assertEquals("American Journal of Dermatopathology", c.journal());
    assertEquals("33", c.volume());
    assertEquals("8", c.issue());
    assertEquals("845–849", c.pages());
    assertEquals(2011, c.year());
    assertEquals(List.of("plexiform schwannoma", "lobular breast carcinoma"), c.keywords());
    assertEquals("0193-1091", c.issn());
    assertEquals("10.1097/dad.0b013e31820d9c0e", c.doi());
  }

  @Test
  void readsTheDisplayLayout() throws Exception {
    RecordDraft d = read(DISPLAY).get(0);
    assertEquals("00042637-900000000-99667", d.fileRecordId());
    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals("Effects of decision support systems: a systematic review.", b.title());
    assertEquals(
        List.of(new Author("Holstiege", "Jakob"), new Author("Mathes", "Tim")), b.authors());
    assertEquals("Ecohydrology", b.journal());
    assertEquals("8", b.volume());
    assertEquals("6", b.issue());
    assertEquals("1048–1064", b.pages());
    assertEquals(2015, b.year());
    assertEquals("First paragraph. (C) 2015 The Authors", b.abstractText());
    assertEquals(List.of("CDSS", "primary care"), b.keywords());
    assertEquals("10.1136/amiajnl-2014-002886", b.doi());
    assertTrue(
        d.rawFields()
            .contains(new RawField("Abstract", "First paragraph.\n\n(C) 2015 The Authors")));
    assertTrue(d.rawFields().contains(new RawField("Score", "*****")));
  }

  @Test
  void keepsBracketedTranslatedTitles() throws Exception {
    String text = "<1. >\nTI  - [Parasitic copepods of Sakhalin Island.]\nYR  - 2002\n";
    assertEquals(
        "Parasitic copepods of Sakhalin Island.",
        RecordNormaliser.normalise(read(text).get(0)).title());
  }

  @Test
  void textWithoutRecordNumbersIsAnError() {
    ImportException e =
        assertThrows(ImportException.class, () -> read("Score\n  *****\nTitle\n  A title\n"));
    assertEquals("test.txt", e.file());
    assertEquals(1, e.line());
  }
}
