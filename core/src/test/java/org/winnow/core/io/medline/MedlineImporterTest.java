package org.winnow.core.io.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class MedlineImporterTest {
  private final MedlineImporter importer = new MedlineImporter();

  private List<RecordDraft> read(String text) throws ImportException {
    return importer.read(new ImportText("test.nbib", text, "UTF-8"));
  }

  private Bibliographic first(String text) throws ImportException {
    return RecordNormaliser.normalise(read(text).get(0));
  }

  @Test
  void detectsPubmedErisAndNotRisOrOvid() {
    assertEquals(95, importer.detect("PMID- 123\nOWN - NLM\nTI  - A title\n"));
    assertEquals(
        80,
        importer.detect(
            "\nOWN - ERIC\nTI  - A title\nAU  - Smith, J\nOID - EJ1\nLID - http://x\n"));
    assertTrue(importer.detect("TY  - JOUR\nAU  - Smith, J\nTI  - T\nER  - \n") < 20);
    assertTrue(importer.detect("1.\nTY - JOUR\nJF  - J\nVL  - 6\nIS  - 3\nER\n") < 20);
    assertTrue(importer.detect("JF  - J\nVL  - 6\nIS  - 3\nER  -\n") < 20);
    assertTrue(importer.detect("<1. >\nVN  - Ovid Technologies\nAU  - Smith, J\n") < 20);
    assertEquals(0, importer.detect("@article{key,\n title = {x}\n}"));
    assertEquals(0, importer.detect(""));
  }

  @Test
  void joinsContinuationLinesWithASpaceAndKeepsThemRaw() throws Exception {
    String text =
        "PMID- 1\nTI  - The structure of bovine F1-ATPase complexed with the antibiotic \n"
            + "      inhibitor aurovertin B.\n";
    RecordDraft d = read(text).get(0);
    assertEquals(
        "The structure of bovine F1-ATPase complexed with the antibiotic inhibitor aurovertin B.",
        RecordNormaliser.normalise(d).title());
    assertEquals(
        new RawField(
            "TI",
            "The structure of bovine F1-ATPase complexed with the antibiotic \n"
                + "inhibitor aurovertin B."),
        d.rawFields().get(1));
  }

  @Test
  void prefersFullAuthorNamesAndAddsEachAuthorOnce() throws Exception {
    String text =
        "PMID- 1\nFAU - van Raaij, M J\nAU  - van Raaij MJ\nAD  - Cambridge\nFAU - Walker, John E\n"
            + "AU  - Walker JE\nAU  - Older A\nCN  - Example Study Group, Writing Committee\n"
            + "AU  - et al.\n";
    assertEquals(
        List.of(
            new Author("van Raaij", "M J"),
            new Author("Walker", "John E"),
            new Author("Older", "A"),
            new Author("Example Study Group, Writing Committee", "")),
        first(text).authors());
  }

  @Test
  void usesShortNamesWhenARecordHasNoFullNames() throws Exception {
    assertEquals(
        List.of(new Author("Gout", "I"), new Author("Hiles", "ID")),
        first("PMID- 1\nAU  - Gout I\nAU  - Hiles ID\n").authors());
  }

  @Test
  void takesTheDoiFromAidBeforeLidAndNeverAPii() throws Exception {
    String text =
        "PMID- 1\nPG  - 475-82\nLID - 10.1016/lid.doi [doi]\nLID - S0033-3506(15)00037-2 [pii]\n"
            + "AID - S0033-3506(15)00037-2 [pii]\nAID - 10.1016/aid.doi [doi]\n";
    Bibliographic b = first(text);
    assertEquals("10.1016/aid.doi", b.doi());
    assertEquals("475–482", b.pages());
    assertNull(first("PMID- 1\nLID - S0033-3506(15)00037-2 [pii]\nPST - aheadofprint\n").doi());
    assertEquals(
        "10.1016/j.cpr.2005.02.002", first("PMID- 1\nAID - doi:10.1016/j.cpr.2005.02.002\n").doi());
  }

  @Test
  void anArticleNumberStandsInForPagesUnlessAheadOfPrint() throws Exception {
    assertEquals("e42692", first("PMID- 1\nLID - e42692 [pii]\nPST - epublish\n").pages());
    assertNull(first("PMID- 1\nLID - S1080-6032(22)00139-9 [pii]\nPST - aheadofprint\n").pages());
  }

  @Test
  void mapsTheBibliographicTags() throws Exception {
    String text =
        """
        PMID- 25744111
        IS  - 1476-5616 (Electronic)
        IS  - 0033-3506 (Linking)
        VI  - 129
        IP  - 5
        DP  - 2015 May
        TI  - Effectiveness of public health practices.
        AB  - OBJECTIVES: To study.
        LA  - eng
        PT  - Evaluation Studies
        PT  - Journal Article
        TA  - Public Health
        JT  - Public health
        PMC - PMC4513071
        MH  - Adolescent
        MH  - Caregivers/*education/psychology
        MH  - *Public Health Practice
        OT  - Crying
        """;
    Bibliographic b = first(text);
    assertEquals("25744111", b.pmid());
    assertEquals("1476-5616; 0033-3506", b.issn());
    assertEquals("129", b.volume());
    assertEquals("5", b.issue());
    assertEquals(2015, b.year());
    assertEquals("Effectiveness of public health practices.", b.title());
    assertEquals("OBJECTIVES: To study.", b.abstractText());
    assertEquals("eng", b.language());
    assertEquals("Evaluation Studies", b.type());
    assertEquals("Public Health", b.journalAbbrev());
    assertEquals("Public health", b.journal());
    assertEquals("PMC4513071", b.pmcid());
    assertEquals(List.of("Adolescent", "Caregivers", "Public Health Practice"), b.mesh());
    assertEquals(List.of("Crying"), b.keywords());
  }

  @Test
  void aBookTitleIsTheTitleOfABookAndTheJournalOfAChapter() throws Exception {
    Bibliographic chapter =
        first("PMID- 1\nTI  - Peutz-Jeghers Syndrome\nBTI - Cancer Syndromes\nPB  - NCBI\n");
    assertEquals("Peutz-Jeghers Syndrome", chapter.title());
    assertEquals("Cancer Syndromes", chapter.journal());
    assertEquals("NCBI", chapter.publisher());
    Bibliographic book = first("PMID- 2\nBTI - Endocrinology: An Integrated Approach\n");
    assertEquals("Endocrinology: An Integrated Approach", book.title());
    assertNull(book.journal());
  }

  @Test
  void splitsRecordsAtBlankLinesAndAtASecondPmidAndSkipsJunk() throws Exception {
    String text =
        "\nPMID- 1\nTI  - One\n\nThis line is junk.\n\nPMID- 2\nTI  - Two\nPMID- 3\nTI  - Three\n";
    List<RecordDraft> drafts = read(text);
    assertEquals(3, drafts.size());
    assertEquals(List.of(2, 7, 9), drafts.stream().map(RecordDraft::line).toList());
    assertEquals("3", drafts.get(2).fileRecordId());
  }

  @Test
  void readsLooseTagShapesOfOtherTools() throws Exception {
    List<RecordDraft> drafts = read("PMID-22664220\nTI  -A title\nSO- a source\nTI-\n");
    assertEquals("22664220", drafts.get(0).fileRecordId());
    assertEquals("A title", RecordNormaliser.normalise(drafts.get(0)).title());
    assertEquals(
        List.of("PMID", "TI", "SO", "TI"),
        drafts.get(0).rawFields().stream().map(RawField::tag).toList());
  }

  @Test
  void severalTitleLinesAreTitleAndSubtitles() throws Exception {
    assertEquals(
        "Main title: Subtitle. Another part",
        first("PMID- 1\nTI  - Main title\nTI  - Subtitle.\nTI  - Another part\n").title());
  }

  @Test
  void ericRecordsUseTheirAccessionNumber() throws Exception {
    String text =
        "OWN - ERIC\nTI  - A report\nAU  - Test, David W.\nOID - ED529121\nISBN - ISBN-978-1-5985-7192-9\n"
            + "ISSN - EISSN-2375-5636\nAID - http://dx.doi.org/10.1186/s40468-019-0086-7\n";
    RecordDraft d = read(text).get(0);
    assertEquals("ED529121", d.fileRecordId());
    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals("978-1-5985-7192-9", b.isbn());
    assertEquals("2375-5636", b.issn());
    assertEquals("10.1186/s40468-019-0086-7", b.doi());
  }

  @Test
  void textWithoutRecordsIsAnError() {
    ImportException e = assertThrows(ImportException.class, () -> read("just some text\n"));
    assertEquals("test.nbib", e.file());
    assertEquals(1, e.line());
    assertTrue(read0("").isEmpty());
  }

  private List<RecordDraft> read0(String text) {
    try {
      return read(text);
    } catch (ImportException e) {
      throw new AssertionError(e);
    }
  }
}
