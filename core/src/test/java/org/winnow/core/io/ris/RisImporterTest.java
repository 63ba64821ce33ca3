package org.winnow.core.io.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.RawField;

class RisImporterTest {
  private static final RisImporter RIS = new RisImporter();

  private static List<RecordDraft> drafts(String... lines) throws ImportException {
    return RIS.read(new ImportText("test.ris", String.join("\r\n", lines), "UTF-8"));
  }

  /** One record from the given tag lines, normalised. */
  private static Bibliographic one(String... lines) throws ImportException {
    String[] all = new String[lines.length + 2];
    all[0] = "TY  - JOUR";
    System.arraycopy(lines, 0, all, 1, lines.length);
    all[all.length - 1] = "ER  - ";
    List<RecordDraft> d = drafts(all);
    assertEquals(1, d.size());
    return RecordNormaliser.normalise(d.get(0));
  }

  private static Bibliographic typed(String type, String... lines) throws ImportException {
    String[] all = new String[lines.length + 2];
    all[0] = "TY  - " + type;
    System.arraycopy(lines, 0, all, 1, lines.length);
    all[all.length - 1] = "ER  - ";
    return RecordNormaliser.normalise(drafts(all).get(0));
  }

  // detection

  @Test
  void detectsRisWithAndWithoutPreamble() {
    assertEquals(95, RIS.detect("TY  - JOUR\nTI  - x\nER  - \n"));
    assertEquals(95, RIS.detect("\uFEFF1. \r\nTY  - JOUR\r\nDB  - Ovid MEDLINE(R)\r\nER  - "));
    assertEquals(95, RIS.detect("Record #1 of 2\nProvider: x\n\nTY  -  JOUR\nAN  -  CN-1\n"));
  }

  @Test
  void leavesMedlineToTheMedlineImporter() {
    String medline =
        "PMID- 30922926\nOWN - NLM\nSTAT- MEDLINE\nIS  - 1878-0849 (Electronic)\n"
            + "TI  - Time lapse.\nAB  - For the purpose\n      of this review\nAU  - Smith J\n";
    assertTrue(RIS.detect(medline) < 20, "MEDLINE scored " + RIS.detect(medline));
  }

  @Test
  void scoresTagLinesWithoutTypeModerately() {
    assertEquals(60, RIS.detect("JF  - J\nT1  - Title\nAU  - A, B\nER  -\n"));
    assertEquals(30, RIS.detect("JF  - J\nT1  - Title\nAU  - A, B\n"));
    assertEquals(0, RIS.detect("PT J\nAU Smith, J\nTI Title\nER\nEF\n"));
    assertEquals(0, RIS.detect("@article{key,\n title = {x}\n}\n"));
    assertEquals(0, RIS.detect(""));
  }

  // errors

  @Test
  void aFileWithoutRecordsIsAnErrorNamingFileAndLine() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> RIS.read(new ImportText("notes.txt", "\n\nsome notes\nmore", "UTF-8")));
    assertEquals("notes.txt", e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("notes.txt:3: "), e.getMessage());
    assertTrue(e.problem().contains("TY  - "), e.problem());
  }

  @Test
  void aMedlineFileReadAsRisSaysSo() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                RIS.read(
                    new ImportText("pubmed.ris", "PMID- 1\nTI  - x\nAU  - Smith J\n", "UTF-8")));
    assertTrue(e.problem().contains("MEDLINE"), e.problem());
    assertEquals(1, e.line());
  }

  // raw fields and ids

  @Test
  void keepsEveryTagRawInOrderWithoutTheEndTag() throws Exception {
    RecordDraft d =
        drafts(
                "TY  - JOUR",
                "ID  - 12345",
                "JP  - CRISPR",
                "JP  - Direct Current",
                "DC  - x",
                "ER  -")
            .get(0);
    assertEquals(
        List.of(
            new RawField("TY", "JOUR"),
            new RawField("ID", "12345"),
            new RawField("JP", "CRISPR"),
            new RawField("JP", "Direct Current"),
            new RawField("DC", "x")),
        d.rawFields());
    assertEquals("12345", d.fileRecordId());
    assertEquals(1, d.line());
  }

  // titles

  @Test
  void theFirstOfTiT1AndCtIsTheTitle() throws Exception {
    assertEquals("First", one("T1  - First", "TI  - Second").title());
    assertEquals("Only", one("TI  - ", "T1  - Only").title());
    assertNull(one("ST  - Short title only", "T2  - Journal").title());
  }

  @Test
  void btIsTheTitleOfBooksAndTheContainerOfChapters() throws Exception {
    assertEquals("Book title", typed("BOOK", "BT  - Book title").title());
    Bibliographic chapter = typed("CHAP", "TI  - Chapter", "BT  - The book");
    assertEquals("Chapter", chapter.title());
    assertEquals("The book", chapter.journal());
  }

  // abstracts

  @Test
  void abIsPreferredAndN2UsedWithoutIt() throws Exception {
    assertEquals("Same text", one("N2  - Same text", "AB  - Same text").abstractText());
    assertEquals("From AB", one("N2  - From N2", "AB  - From AB").abstractText());
    assertEquals("From N2", one("N2  - From N2").abstractText());
  }

  @Test
  void ebscoCopyrightNoticeIsNoAbstract() throws Exception {
    Bibliographic b =
        one(
            "AB  - The real abstract.",
            "AB  - Copyright of PLoS ONE is the property of Public Library of Science and its"
                + " content may not be copied.");
    assertEquals("The real abstract.", b.abstractText());
  }

  @Test
  void continuationLinesOfAnAbstractJoin() throws Exception {
    assertEquals(
        "first line, ER then second line and at the end the last line",
        one("N2  - first line,", "ER then second line and at the end", "the last line")
            .abstractText());
  }

  // authors

  @Test
  void auAndA1AreAuthorsInFileOrderEditorsAreNot() throws Exception {
    Bibliographic b =
        one(
            "A1  - Georgiev, Danko",
            "AU  - Bello, Leon",
            "A2  - Editor, Ed",
            "ED  - Editor, Other",
            "A3  - Series, Editor",
            "AU  - Cohen, Eliahu");
    assertEquals(
        List.of(
            new Author("Georgiev", "Danko"),
            new Author("Bello", "Leon"),
            new Author("Cohen", "Eliahu")),
        b.authors());
  }

  @Test
  void endNoteAuthorsOnContinuationLinesAreOneEach() throws Exception {
    Bibliographic b = one("AU  - Boisvert, C.", "Curtice, B.", "Wedel, M.");
    assertEquals(3, b.authors().size());
    assertEquals("Wedel", b.authors().get(2).family());
  }

  @Test
  void aWholeAuthorListInOneValueIsSplit() throws Exception {
    Bibliographic b = one("AU  - Golde T. E., DeKosky S. T., Galasko D.");
    assertEquals(List.of("Golde", "DeKosky", "Galasko"), families(b));
    assertEquals(List.of("Smith", "Jones"), families(one("AU  - Smith, J; Jones, K")));
    assertEquals(List.of("Smith"), families(one("AU  - Smith, John, Jr.")));
    assertTrue(RisRecordMapper.isAuthorList("A, B; C, D"));
  }

  private static List<String> families(Bibliographic b) {
    return b.authors().stream().map(Author::family).toList();
  }

  // dates

  @Test
  void pyComesFirstThenDaThenDeprecatedY1() throws Exception {
    assertEquals(2005, one("Y1  - 2001/01/01", "DA  - 2003/01/01", "PY  - 2005").year());
    // Zotero's test case 8: Y1 first in the file, DA wins
    assertEquals(1950, one("Y1  - 1900/01/01", "DA  - 1950/01/01").year());
    assertEquals(2014, one("Y1  - 2014//").year());
    assertEquals(1999, one("DA  - AUG", "Y1  - 1999///").year());
    assertEquals(2020, one("PY  - 0000", "DA  - 2020").year());
  }

  // journals

  @Test
  void fullJournalNameAndAbbreviation() throws Exception {
    Bibliographic embase = one("JF  - Nature Communications", "JO  - Nat. Commun.");
    assertEquals("Nature Communications", embase.journal());
    assertEquals("Nat. Commun.", embase.journalAbbrev());

    Bibliographic scopus = one("T2  - Nature Communications", "J2  - Nat. Commun.");
    assertEquals("Nature Communications", scopus.journal());
    assertEquals("Nat. Commun.", scopus.journalAbbrev());

    Bibliographic cinahl = one("JO  - PLoS ONE", "JF  - PLoS ONE");
    assertEquals("PLoS ONE", cinahl.journal());
    assertNull(cinahl.journalAbbrev());

    Bibliographic onlyAbbrev = one("JA  - Trials");
    assertEquals("Trials", onlyAbbrev.journal());
    assertEquals("Trials", onlyAbbrev.journalAbbrev());

    Bibliographic wos = one("T2  - CIENCIA RURAL", "J9  - CIENC RURAL", "JI  - Cienc. Rural");
    assertEquals("Cienc. Rural", wos.journalAbbrev());
  }

  @Test
  void t2OfABookIsItsSeriesNotAJournal() throws Exception {
    Bibliographic book =
        typed("BOOK", "T1  - Eigentumsverfassung", "T2  - Bibliothek des Eigentums");
    assertNull(book.journal());
    assertEquals(
        "Dermoscopy Image Analysis", typed("CHAP", "T2  - Dermoscopy Image Analysis").journal());
  }

  // volume, issue, pages

  @Test
  void volumeIssueAndPages() throws Exception {
    Bibliographic b = one("VL  - 85", "IS  - 4", "SP  - 476", "EP  - 481");
    assertEquals("85", b.volume());
    assertEquals("4", b.issue());
    assertEquals("476–481", b.pages());
    assertEquals("7", one("CP  - 7").issue());
  }

  @Test
  void abbreviatedAndWholeRangePages() throws Exception {
    assertEquals("1535–1541", one("SP  - 1535-41").pages());
    assertEquals("149–155", one("SP  - 149", "EP  - 55").pages());
    assertEquals("e0815", one("SP  - e0815").pages());
  }

  @Test
  void covidencePagesAndArticleNumbers() throws Exception {
    assertEquals("14316", one("PG  - 14316", "SP  - ", "EP  - ").pages());
    assertEquals("2864", one("C7  - 2864").pages());
    assertEquals("10", one("C7  - 2864", "SP  - 10").pages());
    assertNull(typed("BOOK", "C7  - 2864").pages());
  }

  @Test
  void electronicArticlesKeepTheirIssueInM1() throws Exception {
    assertEquals("3", typed("EJOUR", "M1  - 3").issue());
    assertNull(one("M1  - (Yang Z.) School of Biological Sciences").issue());
  }

  // DOIs

  @Test
  void doiFromDoOrClearlyADoiElsewhere() throws Exception {
    assertEquals("10.1186/s40981-020-0316-0", one("DO  - 10.1186/s40981-020-0316-0").doi());
    assertEquals(
        "10.1177/2325967120950040", one("DO  - http://dx.doi.org/10.1177/2325967120950040").doi());
    assertEquals(
        "10.1111/j.1755-0998.2009.02750.x",
        one("UR  - http://dx.doi.org/10.1111/j.1755-0998.2009.02750.x").doi());
    assertEquals("10.1063/1.1954747", one("M3  - doi: 10.1063/1.1954747").doi());
    assertEquals("10.1371/journal.pone.0298242", one("L3  - 10.1371/journal.pone.0298242").doi());
    assertEquals(
        "10.1002/ar.25520",
        one("UR  - https://www.embase.com/x?id=L1 http://dx.doi.org/10.1002/ar.25520").doi());
  }

  @Test
  void publisherUrlsAndNotesAreNotTrustedForDois() throws Exception {
    assertNull(one("UR  - https://onlinelibrary.wiley.com/doi/abs/10.1002/ebm2.15").doi());
    assertNull(one("N1  - Cited in 10.1000/xyz and others").doi());
    assertNull(one("DO  - DOI 1").doi());
  }

  // PubMed and PMC ids

  @Test
  void anIsThePmidOnlyForMedlineSources() throws Exception {
    assertEquals("31234567", one("DB  - Ovid MEDLINE(R) ALL", "AN  - 31234567").pmid());
    assertEquals("30545877", one("AN  - 30545877", "DP  - NLM").pmid());
    assertEquals("26957754", one("DB  - PubMed", "AN  - 26957754").pmid());
    assertNull(one("DB  - Embase", "AN  - 2006713348").pmid());
    assertNull(one("AN  - 30545877").pmid());
    assertNull(one("DB  - Ovid MEDLINE(R)", "AN  - CN-00778158").pmid());
    assertEquals("PMC3654245", one("DB  - PMC", "AN  - PMC3654245").pmcid());
  }

  @Test
  void pmidsInTheTagsOfEmbaseScopusCochraneAndPubMedExports() throws Exception {
    assertEquals("38773066", one("DB  - Embase", "DB  - Medline", "C5  - 38773066").pmid());
    assertNull(one("C5  - 38773066").pmid());
    assertEquals("39550185", one("DB  - Scopus", "C2  - 39550185").pmid());
    assertNull(one("C2  - 39550185").pmid());
    assertEquals("PMC4095696", one("C2  - PMC4095696").pmcid());
    assertEquals("21314913", one("C3  - PUBMED 21314913").pmid());
    Bibliographic pubmed = one("U1  - 26957754[pmid]", "U2  - PMC4756000[pmcid]");
    assertEquals("26957754", pubmed.pmid());
    assertEquals("PMC4756000", pubmed.pmcid());
  }

  @Test
  void pmidNoteAsEndNoteAndWinnowWriteIt() throws Exception {
    assertEquals("34125507", one("AN  - 34125507", "N1  - PMID: 34125507").pmid());
    assertEquals("34125507", one("N1  - Lancet paper", "PMID 34125507").pmid());
    assertNull(one("N1  - PMID: pending").pmid());
    assertNull(one("N1  - see PMID: 34125507 for the protocol").pmid());
  }

  // ISSN and ISBN

  @Test
  void snIsSplitIntoIssnsAndIsbns() throws Exception {
    assertEquals("0964-6906", one("SN  - 0964-6906 (Print)0964-6906").issn());
    assertEquals("1932-8494; 1932-8486", one("SN  - 1932-8494", "1932-8486").issn());
    assertEquals("1932-8494; 1932-8486", one("SN  - 1932-8494; 1932-8486").issn());
    assertEquals("1932-6203", one("SN  - 19326203").issn());
    Bibliographic chapter = typed("CHAP", "SN  - 978-1-4822-5326-9");
    assertEquals("978-1-4822-5326-9", chapter.isbn());
    assertNull(chapter.issn());
    assertEquals("9783642002304", typed("BOOK", "SN  - 9783642002304").isbn());
    assertEquals("0-19-852663-6", one("SN  - ISBN 0-19-852663-6").isbn());
  }

  // keywords, language, URL, publisher

  @Test
  void keywordsOnePerTagOrPerLine() throws Exception {
    assertEquals(List.of("Pippi", "Nordwind"), one("KW  - Pippi", "KW  - Nordwind").keywords());
    assertEquals(
        List.of("article", "biostratigraphy", "Colorado"),
        one("KW  - article", "biostratigraphy", "Colorado").keywords());
  }

  @Test
  void firstUrlLanguageAndPublisher() throws Exception {
    Bibliographic b =
        one(
            "L2  - http://second.example",
            "UR  - http://example.com; http://www.example.com",
            "LA  - English",
            "PB  - Elsevier");
    assertEquals("http://example.com", b.url());
    assertEquals("English", b.language());
    assertEquals("Elsevier", b.publisher());
  }

  @Test
  void typeIsTheTyValue() throws Exception {
    RecordDraft d = drafts("TY  - Journal Article", "ER  -").get(0);
    assertEquals("Journal Article", d.first(Field.TYPE));
  }
}
