package org.winnow.core.io.endnote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.RawField;

class EndnoteXmlImporterTest {
  private static final String STYLE = "<style face=\"normal\" font=\"default\" size=\"100%\">";
  private final EndnoteXmlImporter importer = new EndnoteXmlImporter();

  private List<RecordDraft> read(String xml) throws ImportException {
    return importer.read(new ImportText("test.xml", xml, "UTF-8"));
  }

  private static String records(String... records) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml><records>\n"
        + String.join("\n", records)
        + "\n</records></xml>\n";
  }

  private static String styled(String... runs) {
    StringBuilder s = new StringBuilder();
    for (String r : runs) {
      s.append(STYLE).append(r).append("</style>");
    }
    return s.toString();
  }

  @Test
  void readsAZoteroStyleRecord() throws Exception {
    List<RecordDraft> drafts =
        read(
            records(
                "<record><ref-type name=\"Journal Article\">17</ref-type>"
                    + "<contributors><authors><author>Rotter, Carina</author>"
                    + "<author>Rusbridge, Clare</author></authors></contributors>"
                    + "<titles><title>Myoclonus in older dogs.</title>"
                    + "<secondary-title>J Vet Intern Med</secondary-title></titles>"
                    + "<periodical><full-title>Journal of veterinary internal medicine</full-title>"
                    + "<abbr-1>J Vet Intern Med</abbr-1></periodical>"
                    + "<pages>1032-8</pages><volume>36</volume><number>3</number>"
                    + "<keywords><keyword>Animals</keyword><keyword>Dogs</keyword></keywords>"
                    + "<dates><year>2022</year><pub-dates><date>2022 May</date></pub-dates></dates>"
                    + "<isbn>1939-1676 0891-6640</isbn>"
                    + "<accession-num>35319117</accession-num>"
                    + "<electronic-resource-num>10.1111/jvim.16404</electronic-resource-num>"
                    + "<abstract>Background &amp; aims.</abstract>"
                    + "<urls><related-urls><url>https://x.org/1</url></related-urls></urls>"
                    + "<language>eng</language><publisher>Wiley</publisher></record>"));
    assertEquals(1, drafts.size());
    RecordDraft d = drafts.get(0);
    assertNull(d.fileRecordId());
    assertEquals(3, d.line());
    assertEquals("Journal Article", d.first(Field.TYPE));
    assertEquals(List.of("Rotter, Carina", "Rusbridge, Clare"), d.values(Field.AUTHOR));
    assertEquals("Journal of veterinary internal medicine", d.first(Field.JOURNAL));
    assertEquals("J Vet Intern Med", d.first(Field.JOURNAL_ABBREV));
    assertEquals("1939-1676 0891-6640", d.first(Field.ISSN));
    assertTrue(d.values(Field.ISBN).isEmpty());
    assertEquals("35319117", d.first(Field.PMID));

    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals("Myoclonus in older dogs.", b.title());
    assertEquals("1032–1038", b.pages());
    assertEquals("36", b.volume());
    assertEquals("3", b.issue());
    assertEquals(2022, b.year());
    assertEquals("10.1111/jvim.16404", b.doi());
    assertEquals("Background & aims.", b.abstractText());
    assertEquals(List.of("Animals", "Dogs"), b.keywords());
    assertEquals("1939-1676; 0891-6640", b.issn());
    assertEquals("https://x.org/1", b.url());
    assertEquals("eng", b.language());
    assertEquals("Wiley", b.publisher());
  }

  @Test
  void joinsStyleRunsAndDropsIndentationBetweenThem() throws Exception {
    RecordDraft d =
        read(records(
                "<record>\n  <rec-number>42</rec-number>\n  <titles>\n    <title>\n      "
                    + styled("Plain ", "Bold", " and ", "italic")
                    + "\n    </title>\n  </titles>\n"
                    + "  <contributors><authors><author>\n        "
                    + styled("Author, Test")
                    + "\n      </author></authors></contributors>\n</record>"))
            .get(0);
    assertEquals("42", d.fileRecordId());
    assertEquals("Plain Bold and italic", d.first(Field.TITLE));
    assertEquals("Author, Test", d.first(Field.AUTHOR));
    assertTrue(d.rawFields().contains(new RawField("titles/title", "Plain Bold and italic")));
  }

  @Test
  void keepsEveryElementAndAttributeAsRawField() throws Exception {
    RecordDraft d =
        read(records(
                "<record><database name=\"My.enl\" path=\"C:\\My.enl\">My.enl</database>"
                    + "<rec-number>7</rec-number><ref-type name=\"Book\">6</ref-type>"
                    + "<periodical/><custom3>"
                    + styled("x")
                    + "</custom3><label>"
                    + styled("citekey_2021")
                    + "</label></record>"))
            .get(0);
    assertEquals(
        List.of(
            new RawField("database@name", "My.enl"),
            new RawField("database@path", "C:\\My.enl"),
            new RawField("database", "My.enl"),
            new RawField("rec-number", "7"),
            new RawField("ref-type@name", "Book"),
            new RawField("ref-type", "6"),
            new RawField("custom3", "x"),
            new RawField("label", "citekey_2021")),
        d.rawFields());
  }

  @Test
  void isbnFieldHoldsIssnsOrIsbnsOnSeveralLines() throws Exception {
    RecordDraft d =
        read(records(
                "<record><isbn>1532-1827 (Electronic)&#xD;0007-0920 (Linking)</isbn></record>",
                "<record><isbn>978-0-88192-911-5</isbn></record>"))
            .get(0);
    assertEquals(List.of("1532-1827 (Electronic)", "0007-0920 (Linking)"), d.values(Field.ISSN));
    assertEquals("1532-1827; 0007-0920", RecordNormaliser.normalise(d).issn());
  }

  @Test
  void bookIsbnAndNonPubmedAccessionNumbers() throws Exception {
    RecordDraft d =
        read(records(
                "<record><isbn>0881929115</isbn>"
                    + "<accession-num>WOS:000200148800007</accession-num></record>"))
            .get(0);
    assertEquals("0881929115", d.first(Field.ISBN));
    assertTrue(d.values(Field.PMID).isEmpty());
  }

  @Test
  void pmcidInACustomFieldIsTakenByItsShape() throws Exception {
    List<RecordDraft> drafts =
        read(
            records(
                "<record><custom2>" + styled("PMC6011367") + "</custom2></record>",
                "<record><custom2>Screened twice</custom2><user16>PMC1</user16></record>"));
    assertEquals("PMC6011367", drafts.get(0).first(Field.PMCID));
    assertEquals("PMC1", drafts.get(1).first(Field.PMCID));
    assertEquals(1, drafts.get(1).values(Field.PMCID).size());
  }

  @Test
  void secondaryTitleIsTheJournalWhenNoPeriodical() throws Exception {
    RecordDraft d =
        read(records(
                "<record><titles><secondary-title>Br J Cancer</secondary-title></titles></record>"))
            .get(0);
    assertEquals("Br J Cancer", d.first(Field.JOURNAL));
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<xml><records><record><titles><title>&xxe;</title></titles></record></records></xml>";
    // the entity is not declared as far as the parser is concerned: an error, never the file
    ImportException e = assertThrows(ImportException.class, () -> read(xml));
    assertEquals("test.xml", e.file());
    assertEquals(3, e.line());
    assertEquals("title", e.field());
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
  }

  @Test
  void externalDtdIsNeverLoaded(@TempDir Path dir) throws Exception {
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY leak \"LEAKED-FROM-DTD\">");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE xml SYSTEM \""
            + dtd.toUri()
            + "\">\n<xml><records><record><titles><title>&leak;</title></titles></record>"
            + "</records></xml>";
    ImportException e = assertThrows(ImportException.class, () -> read(xml));
    assertFalse(e.getMessage().contains("LEAKED"), e.getMessage());
  }

  @Test
  void entityBombsAreNotExpanded() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [\n"
            + " <!ENTITY a \"aaaaaaaaaa\">\n"
            + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
            + " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
            + "]>\n<xml><records><record><titles><title>&c;</title></titles></record></records></xml>";
    ImportException e = assertThrows(ImportException.class, () -> read(xml));
    assertEquals(7, e.line());
    assertEquals("title", e.field());
  }

  @Test
  void malformedXmlNamesLineAndElement() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                read(
                    "<xml><records>\n<record>\n<titles><title>A</titel></titles>\n"
                        + "</record></records></xml>"));
    assertEquals(3, e.line());
    assertEquals("title", e.field());
    assertTrue(e.getMessage().startsWith("test.xml:3: field title: malformed XML"), e.getMessage());
  }

  @Test
  void missingFinalEndTagsLoseNothing() throws Exception {
    List<RecordDraft> drafts =
        read("<xml><records>\n<record><titles><title>A</title></titles></record>\n");
    assertEquals(1, drafts.size());
    assertEquals("A", drafts.get(0).first(Field.TITLE));
  }

  @Test
  void fileEndingInsideARecordIsAnError() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                read(
                    "<xml><records>\n<record><titles><title>A</title></titles></record>\n"
                        + "<record><titles><title>B</title>\n"));
    assertTrue(e.line() >= 3, e.getMessage());
  }

  @Test
  void detectsEndnoteXmlButNotOtherXml() {
    assertEquals(95, importer.detect(records("<record><ref-type name=\"Book\">6</ref-type>")));
    assertEquals(0, importer.detect("<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle>"));
    assertEquals(0, importer.detect("@article{k, title={x}}"));
  }
}
