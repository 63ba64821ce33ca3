package org.winnow.core.io.pubmedxml;

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
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.RawField;

class PubmedXmlImporterTest {
  private final PubmedXmlImporter importer = new PubmedXmlImporter();

  private static final String ARTICLE =
      """
      <?xml version="1.0" ?>
      <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" \
      "http://127.0.0.1:9/pubmed_250101.dtd">
      <PubmedArticleSet>
        <PubmedArticle>
          <MedlineCitation Status="MEDLINE" Owner="NLM">
            <PMID Version="1">31000001</PMID>
            <Article PubModel="Print-Electronic">
              <Journal>
                <ISSN IssnType="Electronic">1234-5678</ISSN>
                <JournalIssue CitedMedium="Internet">
                  <Volume>12</Volume>
                  <Issue>3</Issue>
                  <PubDate><Year>2019</Year><Month>Mar</Month></PubDate>
                </JournalIssue>
                <Title>Journal of Examples</Title>
                <ISOAbbreviation>J Ex</ISOAbbreviation>
              </Journal>
              <ArticleTitle>Effect of <i>Lactobacillus</i> on H<sub>2</sub>O uptake.</ArticleTitle>
              <Pagination><MedlinePgn>101-9</MedlinePgn></Pagination>
              <ELocationID EIdType="doi" ValidYN="Y">10.1000/ex.2019.3</ELocationID>
              <Abstract>
                <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Little is known.</AbstractText>
                <AbstractText Label="RESULTS">It works.</AbstractText>
              </Abstract>
              <AuthorList CompleteYN="Y">
                <Author ValidYN="Y"><LastName>Zhai</LastName><ForeName>Qing-Jun</ForeName><Initials>QJ</Initials></Author>
                <Author ValidYN="Y"><LastName>Smith</LastName><Initials>J</Initials></Author>
                <Author ValidYN="Y"><CollectiveName>Example Trial Group</CollectiveName></Author>
              </AuthorList>
              <Language>eng</Language>
              <PublicationTypeList>
                <PublicationType UI="D016428">Journal Article</PublicationType>
                <PublicationType UI="D016449">Randomized Controlled Trial</PublicationType>
              </PublicationTypeList>
            </Article>
            <MeshHeadingList>
              <MeshHeading>
                <DescriptorName UI="D003924" MajorTopicYN="Y">Diabetes Mellitus, Type 2</DescriptorName>
                <QualifierName UI="Q000188" MajorTopicYN="N">drug therapy</QualifierName>
              </MeshHeading>
            </MeshHeadingList>
            <KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">probiotics</Keyword></KeywordList>
          </MedlineCitation>
          <PubmedData>
            <PublicationStatus>ppublish</PublicationStatus>
            <ArticleIdList>
              <ArticleId IdType="pubmed">31000001</ArticleId>
              <ArticleId IdType="doi">10.1000/ex.2019.3</ArticleId>
              <ArticleId IdType="pmc">PMC6400001</ArticleId>
            </ArticleIdList>
          </PubmedData>
        </PubmedArticle>
      </PubmedArticleSet>
      """;

  private List<RecordDraft> read(String xml) throws ImportException {
    return importer.read(new ImportText("test.xml", xml, "UTF-8"));
  }

  @Test
  void detectsPubmedXmlOnly() {
    assertEquals(95, importer.detect(ARTICLE));
    assertEquals(95, importer.detect("<PubmedBookArticle>\n<BookDocument>"));
    assertEquals(0, importer.detect("<xml><records><record></record></records></xml>"));
    assertEquals(0, importer.detect("PMID- 123\nTI  - x"));
  }

  @Test
  void mapsAJournalArticleAndSkipsTheDoctypeWithoutFetchingIt() throws Exception {
    List<RecordDraft> drafts = read(ARTICLE);
    assertEquals(1, drafts.size());
    RecordDraft d = drafts.get(0);
    assertEquals(4, d.line());
    assertEquals("31000001", d.fileRecordId());
    Bibliographic b = RecordNormaliser.normalise(d);
    assertEquals("Effect of Lactobacillus on H2O uptake.", b.title());
    assertEquals("BACKGROUND: Little is known. RESULTS: It works.", b.abstractText());
    assertEquals(
        List.of(
            new Author("Zhai", "Qing-Jun"),
            new Author("Smith", "J"),
            new Author("Example Trial Group", "")),
        b.authors());
    assertEquals(2019, b.year());
    assertEquals("Journal of Examples", b.journal());
    assertEquals("J Ex", b.journalAbbrev());
    assertEquals("12", b.volume());
    assertEquals("3", b.issue());
    assertEquals("101–109", b.pages());
    assertEquals("10.1000/ex.2019.3", b.doi());
    assertEquals("31000001", b.pmid());
    assertEquals("PMC6400001", b.pmcid());
    assertEquals("1234-5678", b.issn());
    assertEquals(List.of("Diabetes Mellitus, Type 2"), b.mesh());
    assertEquals(List.of("probiotics"), b.keywords());
    assertEquals("eng", b.language());
    assertEquals("Journal Article", b.type());
  }

  @Test
  void keepsEveryElementAndAttributeRawUnderItsPath() throws Exception {
    List<RawField> raw = read(ARTICLE).get(0).rawFields();
    assertTrue(
        raw.contains(
            new RawField(
                "MedlineCitation/Article/ArticleTitle", "Effect of Lactobacillus on H2O uptake.")));
    assertTrue(raw.contains(new RawField("MedlineCitation/@Status", "MEDLINE")));
    assertTrue(
        raw.contains(
            new RawField(
                "MedlineCitation/MeshHeadingList/MeshHeading/QualifierName", "drug therapy")));
    assertTrue(raw.contains(new RawField("PubmedData/ArticleIdList/ArticleId/@IdType", "pmc")));
  }

  @Test
  void readsBooksAndChapters() throws Exception {
    String xml =
        """
        <PubmedBookArticleSet>
        <PubmedBookArticle>
          <BookDocument>
            <PMID Version="1">20301000</PMID>
            <Book>
              <Publisher><PublisherName>University Press</PublisherName></Publisher>
              <BookTitle book="x">A Handbook of Examples</BookTitle>
              <PubDate><Year>2010</Year></PubDate>
              <AuthorList Type="editors"><Author><LastName>Editor</LastName><ForeName>Ed</ForeName></Author></AuthorList>
              <Isbn>978-0-00-000000-2</Isbn>
            </Book>
            <ArticleTitle book="x" part="ch1">Chapter One</ArticleTitle>
            <AuthorList Type="authors"><Author><LastName>Writer</LastName><ForeName>Wanda</ForeName></Author></AuthorList>
            <Language>eng</Language>
          </BookDocument>
        </PubmedBookArticle>
        </PubmedBookArticleSet>
        """;
    Bibliographic b = RecordNormaliser.normalise(read(xml).get(0));
    assertEquals("Chapter One", b.title());
    assertEquals("A Handbook of Examples", b.journal());
    assertEquals(List.of(new Author("Writer", "Wanda")), b.authors());
    assertEquals(2010, b.year());
    assertEquals("University Press", b.publisher());
    assertEquals("978-0-00-000000-2", b.isbn());
  }

  @Test
  void usesThePiiAsPagesOnlyForPublishedArticlesWithoutPagination() throws Exception {
    String article =
        ARTICLE
            .replace("<Pagination><MedlinePgn>101-9</MedlinePgn></Pagination>", "")
            .replace(
                "<ELocationID EIdType=\"doi\"",
                "<ELocationID EIdType=\"pii\" ValidYN=\"Y\">e42692</ELocationID><ELocationID"
                    + " EIdType=\"doi\"");
    assertEquals("e42692", RecordNormaliser.normalise(read(article).get(0)).pages());
    String ahead = article.replace(">ppublish<", ">aheadofprint<");
    assertNull(RecordNormaliser.normalise(read(ahead).get(0)).pages());
  }

  @Test
  void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">\n]>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
            + "<Article><ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation>"
            + "</PubmedArticle></PubmedArticleSet>";
    // the DTD is not read, so the entity is undeclared: a clear error, and the file stays unread
    ImportException e = assertThrows(ImportException.class, () -> read(xml));
    assertFalse(e.getMessage().contains("TOP-SECRET"));
    assertTrue(e.getMessage().contains("xxe"), e.getMessage());
  }

  @Test
  void malformedXmlNamesLineAndElement() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                read(
                    "<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n  wrong\n"
                        + "</PubmedArticleSet>"));
    assertEquals("test.xml", e.file());
    assertEquals(5, e.line());
    assertEquals("PubmedArticleSet/PubmedArticle/MedlineCitation", e.field());
  }

  @Test
  void otherXmlIsRejectedWithItsRootElement() {
    ImportException e =
        assertThrows(ImportException.class, () -> read("<xml>\n<records/>\n</xml>"));
    assertEquals("xml", e.field());
    assertEquals(1, e.line());
  }

  @Test
  void emptyArticlesHoldNoRecord() throws Exception {
    assertTrue(
        read("<PubmedArticleSet><PubmedArticle>\n</PubmedArticle></PubmedArticleSet>").isEmpty());
  }

  @Test
  void pmidWithSeveralVersionsTakesTheHighest() throws Exception {
    String xml =
        "<PubmedArticle><MedlineCitation><PMID Version=\"1\">1</PMID><PMID Version=\"2\">10097079"
            + "</PMID></MedlineCitation></PubmedArticle>";
    RecordDraft d = read(xml).get(0);
    assertEquals("10097079", d.fileRecordId());
    assertEquals(List.of("10097079"), d.values(Field.PMID));
  }
}
