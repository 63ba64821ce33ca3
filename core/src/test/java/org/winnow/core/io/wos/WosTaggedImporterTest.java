package org.winnow.core.io.wos;

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

class WosTaggedImporterTest {
  private final WosTaggedImporter importer = new WosTaggedImporter();

  private static final String ONE_RECORD =
      String.join(
          "\n",
          "FN Clarivate Analytics Web of Science",
          "VR 1.0",
          "PT J",
          "AU Okafor, C",
          "   Lindqvist, M",
          "AF Okafor, Chidi",
          "   Lindqvist, Maria",
          "CA Northern Trials Group",
          "TI Walking programmes for adults with knee",
          "   osteoarthritis: a randomised trial",
          "SO JOURNAL OF REHABILITATION STUDIES",
          "LA English",
          "DT Article",
          "DE knee osteoarthritis; walking; physical",
          "   activity",
          "ID EXERCISE; PAIN",
          "AB First line of the abstract",
          "   and its second line.",
          "CR SMITH J, 2001, J REHAB, V1, P1",
          "   JONES K, 2003, J REHAB, V3, P10",
          "PU REHAB PRESS",
          "SN 1234-5678",
          "EI 8765-4321",
          "J9 J REHABIL STUD",
          "JI J. Rehabil. Stud.",
          "PD MAR 2021",
          "PY 2021",
          "VL 12",
          "IS 3",
          "AR e0412",
          "DI 10.1234/jrs.2021.0412",
          "PM 33456789",
          "UT WOS:000612345600001",
          "ER",
          "",
          "EF");

  @Test
  void detectsWosButNotOtherTaggedFormats() {
    assertEquals(95, importer.detect(ONE_RECORD));
    assertEquals(80, importer.detect("PT J\nAU Smith, J\nTI A title\nER\n"));
    assertEquals(0, importer.detect("TY  - JOUR\nAU  - Smith, J\nTI  - A title\nER  - \n"));
    assertEquals(0, importer.detect("PMID- 123\nTI  - A title\nAU  - Smith J\n"));
    assertEquals(0, importer.detect("ID,title,author\n1,A title,Smith J\n"));
    assertEquals(0, importer.detect("@article{key,\n title = {A title}\n}\n"));
    assertEquals(0, importer.detect(""));
  }

  @Test
  void mapsTagsToFields() throws ImportException {
    List<RecordDraft> drafts = importer.read(new ImportText("x.ciw", ONE_RECORD, "UTF-8"));
    assertEquals(1, drafts.size());
    RecordDraft d = drafts.get(0);
    assertEquals(3, d.line());
    assertEquals("WOS:000612345600001", d.fileRecordId());
    // AF wins over AU (never both); the group author is added
    assertEquals(
        List.of("Okafor, Chidi", "Lindqvist, Maria", "Northern Trials Group"),
        d.values(Field.AUTHOR));
    assertEquals("e0412", d.first(Field.PAGES));

    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals("Article", b.type());
    assertEquals(
        "Walking programmes for adults with knee osteoarthritis: a randomised trial", b.title());
    assertEquals("First line of the abstract and its second line.", b.abstractText());
    assertEquals(new Author("Okafor", "Chidi"), b.authors().get(0));
    assertEquals(2021, b.year());
    assertEquals("JOURNAL OF REHABILITATION STUDIES", b.journal());
    assertEquals("J. Rehabil. Stud.", b.journalAbbrev());
    assertEquals("12", b.volume());
    assertEquals("3", b.issue());
    assertEquals("e0412", b.pages());
    assertEquals("10.1234/jrs.2021.0412", b.doi());
    assertEquals("33456789", b.pmid());
    assertEquals("1234-5678; 8765-4321", b.issn());
    assertEquals(
        List.of("knee osteoarthritis", "walking", "physical activity", "EXERCISE", "PAIN"),
        b.keywords());
    assertEquals("English", b.language());
    assertEquals("REHAB PRESS", b.publisher());
  }

  @Test
  void keepsEveryTagRawWithListTagsOnePerLine() throws ImportException {
    RecordDraft d = importer.read(new ImportText("x.ciw", ONE_RECORD, "UTF-8")).get(0);
    assertEquals(2, d.rawFields().stream().filter(f -> f.tag().equals("CR")).count());
    assertEquals(2, d.rawFields().stream().filter(f -> f.tag().equals("AU")).count());
    assertEquals(
        "Walking programmes for adults with knee\nosteoarthritis: a randomised trial",
        d.rawFields().stream().filter(f -> f.tag().equals("TI")).findFirst().get().value());
    assertEquals("PT", d.rawFields().get(0).tag());
    // 31 lines from PT to UT; the wrapped TI, DE and AB lines join their tag, list lines do not
    assertEquals(28, d.rawFields().size());
  }

  @Test
  void beginAndEndPagesWinOverArticleNumber() throws ImportException {
    String text = "PT J\nTI T\nBP 149\nEP 55\nAR 12\nUT WOS:1\nER\n";
    Bibliographic b = normalise(text).get(0);
    assertEquals("149–155", b.pages());
  }

  @Test
  void auUsedWhenNoAfAndMedlineStyleListsSplit() throws ImportException {
    String text = "PT J\nTI T\nAU Joffe, Hadine; Hall, Janet E\n   Cohen, Lee S\nER\n";
    Bibliographic b = normalise(text).get(0);
    assertEquals(3, b.authors().size());
    assertEquals(new Author("Hall", "Janet E"), b.authors().get(1));
  }

  @Test
  void lenientAboutMissingEndTagsAndJunk() throws ImportException {
    String text =
        String.join(
            "\n",
            "FN Thomson Reuters Web of Knowledge",
            "VR 1.0",
            "PT J",
            "TI First",
            "PT J", // ER missing
            "TI Second",
            "ER",
            "a stray note between records",
            "   and an indented one",
            "TI Third without PT",
            "ER",
            "PT B",
            "TI Fourth, file ends without ER or EF");
    List<RecordDraft> drafts = importer.read(new ImportText("x.txt", text, "UTF-8"));
    assertEquals(
        List.of("First", "Second", "Third without PT", "Fourth, file ends without ER or EF"),
        drafts.stream().map(d -> d.first(Field.TITLE)).toList());
    assertEquals(List.of(3, 5, 10, 12), drafts.stream().map(RecordDraft::line).toList());
  }

  @Test
  void unindentedContinuationLinesContinueTheTagAbove() throws ImportException {
    String text =
        String.join(
            "\n",
            "FN Thomson Reuters Web of Knowledge",
            "VR 1.0",
            "PT J",
            "TI Importance of methane-derived carbon as a basal resource for two benthic",
            "consumers in arctic lakes",
            "AU Medvedeff, Cassandra A. (medvedeff22@ufl.edu)",
            "Hershey, Anne E.",
            "AB In lakes the first line",
            "IS this a tag? no: IS is known, so it is a tag",
            "ER",
            "EF");
    Bibliographic b = normalise(text).get(0);
    assertEquals(
        "Importance of methane-derived carbon as a basal resource for two benthic consumers in"
            + " arctic lakes",
        b.title());
    assertEquals(
        List.of(new Author("Medvedeff", "Cassandra A."), new Author("Hershey", "Anne E.")),
        b.authors());
    assertEquals("this a tag? no: IS is known, so it is a tag", b.issue());
  }

  @Test
  void inspecIdentifiersGiveTheDoiNotKeywords() throws ImportException {
    String text =
        "PT J\nTI T\nID 0953-8984/06/235323+09$30.00],[S0953-8984(06)16823-X],"
            + "[10.1088/0953-8984/18/23/006]\nUT INSPEC:9023788\nER\n";
    Bibliographic b = normalise(text).get(0);
    assertEquals("10.1088/0953-8984/18/23/006", b.doi());
    assertTrue(b.keywords().isEmpty());
  }

  @Test
  void publicationTypeCodeWhenNoDocumentType() throws ImportException {
    assertEquals("Patent", normalise("PT P\nTI T\nER\n").get(0).type());
    assertNull(normalise("TI T\nER\n").get(0).type());
  }

  @Test
  void risAndOtherTextAreClearErrors() {
    ImportException ris =
        assertThrows(
            ImportException.class,
            () -> importer.read(new ImportText("a.ris", "TY  - JOUR\nTI  - T\nER  - \n", "UTF-8")));
    assertEquals(1, ris.line());
    assertTrue(ris.getMessage().startsWith("a.ris:1: "), ris.getMessage());
    ImportException other =
        assertThrows(
            ImportException.class,
            () -> importer.read(new ImportText("b.txt", "just some text\n", "UTF-8")));
    assertTrue(other.getMessage().contains("no Web of Science records"), other.getMessage());
  }

  private List<Bibliographic> normalise(String text) throws ImportException {
    return importer.read(new ImportText("t.txt", text, "UTF-8")).stream()
        .map(RecordNormaliser::normalise)
        .toList();
  }
}
