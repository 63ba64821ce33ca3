package org.winnow.core.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;

class DelimitedImporterTest {
  private final DelimitedImporter importer = new DelimitedImporter();

  // ------------------------------------------------------------------ detection

  @Test
  void detectsHeaderRowsWithAnyDelimiter() {
    assertEquals(90, importer.detect("ID,title,year,author\nid_1,T,2001,Smith J.\n"));
    assertEquals(90, importer.detect("Title;Authors;Year\nT;Smith J;2001\n"));
    assertEquals(90, importer.detect("Title\tAuthors\tYear\nT\tSmith J\t2001\n"));
    assertEquals(75, importer.detect("PMID,Authors,DOI\n1,Smith J,10.1/x\n"));
    assertEquals(60, importer.detect("title,abstract\nT,A\n"));
  }

  @Test
  void detectsTheHeaderBelowAPreamble() {
    String embase =
        "\"SEARCH QUERY\",\"dinosaur:ti\"\n-----\n\n\"Title\",\"Author Names\",\"Source title\"\n";
    assertEquals(90, importer.detect(embase));
  }

  @Test
  void leavesOtherFormatsAlone() {
    assertEquals(0, importer.detect("TY  - JOUR\nTI  - title, authors, year, journal\nER  - \n"));
    assertEquals(0, importer.detect("PMID- 1\nTI  - title, authors, year\n"));
    assertEquals(0, importer.detect("@article{k,\n title = {title, authors, year},\n}\n"));
    assertEquals(0, importer.detect("<?xml version=\"1.0\"?><records><title>t</title></records>"));
    assertEquals(0, importer.detect("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"));
    assertEquals(0, importer.detect("[{\"title\": \"t\", \"author\": \"a\"}]"));
    assertTrue(importer.detect("a,b,c\n1,2,3\n") < 20, "unknown headers are not claimed");
    assertEquals(0, importer.detect("just a sentence, with commas, in it"));
    // Ovid RIS with a record number line first; an Ovid search listing its .mp fields
    assertEquals(0, importer.detect("2. \nTY  - JOUR\nT1  - title, authors, year\nER  - \n"));
    assertTrue(
        importer.detect(
                "exp Schizophrenia/\n(criteri$).mp. [mp=protocol concept, title, abstract, heading]\n"
                    + "ICD.mp.\n")
            < 20);
  }

  // ------------------------------------------------------------------ mapping

  @Test
  void benchmarkShapeWithIdsAndRunTogetherAuthors() throws ImportException {
    String csv =
        "\"ID\",\"title\",\"year\",\"author\",\"pages\",\"volume\",\"number\",\"journal\","
            + "\"doi\",\"abstract\",\"isbn\",\"ENTRYTYPE\"\n"
            + "\"id_0000001\",\"Gut lipoproteins\",\"2008\",\"Adeli K.Lewis G. F.\",\"221-8\","
            + "\"19\",\"3\",\"Curr Opin Lipidol\",\"10.1097/MOL.0b013e3282ffaf82\",\"A.\",\"\","
            + "\"article\"\n";
    RecordDraft d = read(csv).get(0);
    assertEquals("id_0000001", d.fileRecordId());
    assertEquals(List.of("Adeli K.Lewis G. F."), d.values(Field.AUTHOR_LIST));
    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals(List.of(new Author("Adeli", "K."), new Author("Lewis", "G. F.")), b.authors());
    assertEquals("221–228", b.pages());
    assertEquals("3", b.issue());
    assertEquals("article", b.type());
    assertEquals("10.1097/mol.0b013e3282ffaf82", b.doi());
  }

  @Test
  void everyNonBlankCellIsKeptRawUnderItsHeader() throws ImportException {
    RecordDraft d = read("Title,Reviewer notes,Empty\nT,\"keep me, please\",\n").get(0);
    assertEquals(2, d.rawFields().size());
    assertEquals("Reviewer notes", d.rawFields().get(1).tag());
    assertEquals("keep me, please", d.rawFields().get(1).value());
  }

  @Test
  void quotedMultiLineValuesAndLineNumbers() throws ImportException {
    String csv =
        "key,title,abstract\r\n"
            + "r1,\"First\",\"Line one\r\nline two, with \"\"quotes\"\"\"\r\n"
            + "r2,Second,plain\r\n";
    List<RecordDraft> drafts = read(csv);
    assertEquals(List.of(2, 4), drafts.stream().map(RecordDraft::line).toList());
    assertEquals("Line one\nline two, with \"quotes\"", drafts.get(0).first(Field.ABSTRACT));
    assertEquals("r2", drafts.get(1).fileRecordId());
  }

  @Test
  void firstHeaderInTableOrderWinsForSingleFields() throws ImportException {
    // Zotero has both "Issue" and "Number"; Scopus both "Author full names" and "Authors"
    RecordDraft d =
        read("Title,Number,Issue,Authors,Author full names\nT,R-12,4,Wilson L.N.,"
                + "\"Wilson, Lauren N. (58975547800)\"\n")
            .get(0);
    assertEquals(List.of("4"), d.values(Field.ISSUE));
    assertEquals(
        List.of(new Author("Wilson", "Lauren N.")), RecordNormaliser.normalise(d).authors());
  }

  @Test
  void keywordColumnsCombineAndSplit() throws ImportException {
    RecordDraft d =
        read("Title,Author Keywords,Index Keywords,keywords.display_name\n"
                + "T,walking; knee,Humans;Exercise,Aptian|Cretaceous\n")
            .get(0);
    assertEquals(
        List.of("walking", "knee", "Humans", "Exercise", "Aptian", "Cretaceous"),
        RecordNormaliser.normalise(d).keywords());
    RecordDraft abstrackr = read("title,keywords\nT,\"phosphate,Africa,animal\"\n").get(0);
    assertEquals(
        List.of("phosphate", "Africa", "animal"), RecordNormaliser.normalise(abstrackr).keywords());
  }

  @Test
  void winnowsOwnExportIsReadWithoutItsFormulaGuard() throws ImportException {
    RecordDraft own = read("record_id,citation_id,title,mesh\n#1,0,'-308G/A,'=x; Humans\n").get(0);
    assertEquals("-308G/A", own.first(Field.TITLE));
    assertEquals(List.of("=x", " Humans"), own.values(Field.MESH));
    assertEquals("'-308G/A", own.rawFields().get(2).value(), "raw cells stay as written");
    RecordDraft other = read("ID,title\n1,'-308G/A\n").get(0);
    assertEquals("'-308G/A", other.first(Field.TITLE), "other files' apostrophes are content");
  }

  @Test
  void cinahlPageCountGivesTheLastPage() throws ImportException {
    String header = "Article Title,First Page,Page Count\n";
    assertEquals("924–934", pages(read(header + "T,924,11\n")));
    assertEquals("7", pages(read(header + "T,7,1\n")));
    assertEquals("e12", pages(read(header + "T,e12,3\n")), "no arithmetic on article numbers");
    assertEquals("5", pages(read(header + "T,5,\n")));
    String scopus = "Title,Page start,Page end,Page count\n";
    assertEquals("10–19", pages(read(scopus + "T,10,19,99\n")), "a last page wins");
  }

  private static String pages(List<RecordDraft> drafts) {
    return RecordNormaliser.normalise(drafts.get(0)).pages();
  }

  @Test
  void articleNumberOnlyWithoutPages() throws ImportException {
    String header = "Title,Page start,Page end,Art. No.\n";
    assertEquals("2864", RecordNormaliser.normalise(read(header + "T,,,2864\n").get(0)).pages());
    assertEquals(
        "10–19", RecordNormaliser.normalise(read(header + "T,10,19,2864\n").get(0)).pages());
  }

  @Test
  void pubMedCitationGivesVolumeIssuePages() throws ImportException {
    String csv =
        "PMID,Title,Authors,Citation,Journal/Book,Publication Year,DOI\n"
            + "30922926,Time lapse,\"Griffin DK, Larkin DM, O'Connor RE.\","
            + "\"Eur J Med Genet. 2020 Feb;63(2):103640. doi: 10.1016/j.ejmg.2019.03.004.\","
            + "Eur J Med Genet,2020,10.1016/j.ejmg.2019.03.004\n";
    RecordDraft d = read(csv).get(0);
    assertEquals("30922926", d.fileRecordId());
    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals("63", b.volume());
    assertEquals("2", b.issue());
    assertEquals("103640", b.pages());
    assertEquals("30922926", b.pmid());
    RecordDraft noDoiColumn =
        read("Title,Citation\nT,\"Age Ageing. 2022 Jan 6;51(1):afab201. doi: 10.1093/ageing/afab201.\"\n")
            .get(0);
    assertEquals("10.1093/ageing/afab201", RecordNormaliser.normalise(noDoiColumn).doi());
    assertEquals("afab201", RecordNormaliser.normalise(noDoiColumn).pages());
    assertEquals(3, b.authors().size());
    assertEquals(new Author("O'Connor", "RE."), b.authors().get(2));
  }

  @Test
  void excelTextWrapperAndOpenAlexLists() throws ImportException {
    RecordDraft cinahl =
        read("Article Title,ISSN,Publication Date\nT,\"=\"\"19326203\"\"\",\"=\"\"4/3/2024\"\"\"\n")
            .get(0);
    assertEquals("1932-6203", RecordNormaliser.normalise(cinahl).issn());
    assertEquals(2024, RecordNormaliser.normalise(cinahl).year());
    assertEquals("=\"19326203\"", cinahl.rawFields().get(1).value(), "raw keeps the cell");

    RecordDraft openalex =
        read("id,title,authorships.author.display_name\n"
                + "https://openalex.org/W1,T,Alba Vicente|Josep Sanjuan\n")
            .get(0);
    assertEquals("https://openalex.org/W1", openalex.fileRecordId());
    assertEquals(
        List.of(new Author("Vicente", "Alba"), new Author("Sanjuan", "Josep")),
        RecordNormaliser.normalise(openalex).authors());
  }

  @Test
  void idColumnPriority() throws ImportException {
    assertEquals("#1", read("Title,Accession Number,Covidence #\nT,,#1\n").get(0).fileRecordId());
    assertEquals(
        "2-s2.0-85189760133",
        read("Title,PubMed ID,EID\nT,38580657,2-s2.0-85189760133\n").get(0).fileRecordId());
    assertEquals("YVC6GC78", read("Key,Title\nYVC6GC78,T\n").get(0).fileRecordId());
    assertNull(read("Title,Authors\nT,Smith J\n").get(0).fileRecordId());
  }

  @Test
  void semicolonFileWithPreambleAndTrailingEmptyCells() throws ImportException {
    String excel =
        "SEARCH QUERY;dinosaur:ti;;;\n-----;;;;\n;;;;\nTitle;Author Names;Publication Year;"
            + "Volume\nScales;Yang Z., Jiang B.;2024;15;;\n";
    List<RecordDraft> drafts = read(excel);
    assertEquals(1, drafts.size());
    assertEquals(5, drafts.get(0).line());
    assertEquals(2, RecordNormaliser.normalise(drafts.get(0)).authors().size());
  }

  @Test
  void noteLinesAndShortRowsThatOnlyLackUnreadColumns() throws ImportException {
    String csv =
        "(internal) id,title,authors,consensus,labeled_at,notes\n"
            + "1,First,Smith J,o,2024-08-15,\n"
            + "citations that are not yet labeled\n"
            + "2,Second,Jones K\n";
    List<RecordDraft> drafts = read(csv);
    assertEquals(List.of("1", "2"), drafts.stream().map(RecordDraft::fileRecordId).toList());
  }

  @Test
  void latin1FileDecodesAsWindows1252() throws ImportException {
    byte[] bytes =
        "title,author\nÉtude des lipoprotéines,Müller K.\n".getBytes(Charset.forName("ISO-8859-1"));
    ImportText text = TextDecoder.decode("asysd.csv", bytes);
    assertEquals("windows-1252", text.encoding());
    Bibliographic b = RecordNormaliser.normalise(importer.read(text).get(0));
    assertEquals("Étude des lipoprotéines", b.title());
    assertEquals(new Author("Müller", "K."), b.authors().get(0));
  }

  // ------------------------------------------------------------------ errors

  @Test
  void unterminatedQuoteNamesLineAndColumn() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> read("ID,title,abstract\n1,T,plain\n2,\"Never closed,x\n3,U,V\n"));
    assertEquals(3, e.line());
    assertEquals("title", e.field());
    assertTrue(e.getMessage().startsWith("t.csv:3: field title: "), e.getMessage());
  }

  @Test
  void rowWithMoreCellsThanHeaderIsAnError() {
    ImportException e =
        assertThrows(ImportException.class, () -> read("ID,title,year\n1,A, title,2001\n"));
    assertEquals(2, e.line());
    assertEquals("column 4", e.field());
  }

  @Test
  void rowEndingBeforeAReadColumnIsAnError() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> read("ID,title,abstract,year\n1,T,first half\nsecond half,2001\n"));
    assertEquals(2, e.line());
    assertEquals("year", e.field());
  }

  @Test
  void fileWithoutTitleColumnNamesTheHeadersFound() {
    ImportException e =
        assertThrows(ImportException.class, () -> read("ID,Authors,Year\n1,Smith J,2001\n"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("ID, Authors, Year"), e.getMessage());
    assertTrue(e.getMessage().contains("Title"), e.getMessage());
  }

  @Test
  void textWithoutHeaderIsAnError() {
    ImportException e = assertThrows(ImportException.class, () -> read("one line only\n"));
    assertTrue(e.getMessage().startsWith("t.csv:1: "), e.getMessage());
  }

  @Test
  void headerOnlyFileHasNoRecords() throws ImportException {
    assertTrue(read("ID,title,author\n").isEmpty());
  }

  @Test
  void headerKeysIgnoreCaseSpacesAndPunctuation() {
    assertEquals("covidence", HeaderTable.key("Covidence #"));
    assertEquals(HeaderTable.key("record_id"), HeaderTable.key("Record ID"));
    assertEquals(HeaderTable.key("Author(s)"), HeaderTable.key("Authors"));
    assertTrue(HeaderTable.isKnown("Language of Original Document"));
    assertTrue(!HeaderTable.isKnown("Cited by"));
  }

  private List<RecordDraft> read(String text) throws ImportException {
    return importer.read(new ImportText("t.csv", text, "UTF-8"));
  }
}
