package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file that ends inside its last record: imported with a warning naming file and line where real
 * exporters may omit the terminator (tagged formats), refused where the data is clearly cut in the
 * middle (a CSV row or quote, a BibTeX entry, an XML element).
 */
class TruncatedFileTest {
  private static final FormatRegistry REGISTRY = FormatRegistry.standard();

  private static List<ImportWarning> warnings(String format, String text) throws ImportException {
    List<ImportWarning> out = new ArrayList<>();
    List<RecordDraft> drafts = new ArrayList<>();
    REGISTRY.importer(format).orElseThrow().stream(
        new ImportText("cut." + format, text, "UTF-8"), drafts::add);
    drafts.forEach(d -> out.addAll(d.warnings()));
    return out;
  }

  private static ImportException refused(String format, String text) {
    return assertThrows(
        ImportException.class,
        () ->
            REGISTRY
                .importer(format)
                .orElseThrow()
                .read(new ImportText("cut." + format, text, "UTF-8")));
  }

  @Test
  void risRecordWithoutFinalErIsImportedWithAWarningNamingTheLine() throws Exception {
    String whole =
        "TY  - JOUR\nTI  - First\nER  - \nTY  - JOUR\nTI  - Second title\nAU  - Doe, J\nER  - \n";
    assertEquals(List.of(), warnings("ris", whole));
    List<ImportWarning> w = warnings("ris", whole.substring(0, whole.indexOf("AU  - Doe") + 8));
    assertEquals(1, w.size(), w.toString());
    assertEquals(6, w.get(0).line());
    assertEquals("AU", w.get(0).field());
    assertTrue(w.get(0).message().startsWith("cut.ris:6: field AU:"), w.get(0).message());
    assertTrue(w.get(0).problem().contains("line 4"), w.get(0).problem());
  }

  @Test
  void risWithErWithoutTrailingSpaceHasNoWarning() throws Exception {
    assertEquals(List.of(), warnings("ris", "TY  - JOUR\nTI  - One\nER  -\n"));
  }

  @Test
  void wosRecordWithoutErIsImportedWithAWarning() throws Exception {
    String whole =
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Doe, J\nTI A title\nER\n\nPT J\nAU Roe, R\nTI Another title\nER\n\nEF\n";
    assertEquals(List.of(), warnings("wos", whole));
    List<ImportWarning> w = warnings("wos", whole.substring(0, whole.indexOf("Another") + 4));
    assertEquals(1, w.size(), w.toString());
    assertEquals(10, w.get(0).line());
    assertEquals("TI", w.get(0).field());
  }

  @Test
  void medlineCutInTheMiddleOfALineIsImportedWithAWarning() throws Exception {
    String whole =
        "PMID- 1\nTI  - First title.\n\nPMID- 2\nTI  - Second title that is long.\nAB  - An abstract.\n";
    assertEquals(List.of(), warnings("medline", whole));
    List<ImportWarning> w = warnings("medline", whole.substring(0, whole.indexOf("abstract")));
    assertEquals(1, w.size(), w.toString());
    assertEquals(6, w.get(0).line());
    assertEquals("AB", w.get(0).field());
  }

  @Test
  void ovidCutInTheMiddleOfALineIsImportedWithAWarning() throws Exception {
    String whole =
        "<1>\nTI  - First title.\nAU  - Doe J.\n\n<2>\nTI  - Second title.\nAU  - Roe R.\n";
    assertEquals(List.of(), warnings("ovid", whole));
    List<ImportWarning> w = warnings("ovid", whole.substring(0, whole.indexOf("Roe") + 2));
    assertEquals(1, w.size(), w.toString());
    assertEquals(7, w.get(0).line());
  }

  @Test
  void csvCutInsideItsLastRowIsRefusedNamingTheRow() {
    // "Remark" is no column Winnow reads: the cut row is not refused for a missing needed column
    String whole = "Title,Authors,Year,Remark\nFirst,Doe J,2020,ok\nSecond,Roe R,2021,ok\n";
    ImportException e = refused("csv", whole.substring(0, whole.indexOf("2021") + 3));
    assertEquals(3, e.line());
    assertEquals("Year", e.field());
    assertTrue(e.problem().contains("cut short"), e.getMessage());
  }

  @Test
  void csvCutInsideAQuoteIsRefused() {
    ImportException e =
        refused("csv", "Title,Authors,Year\nFirst,Doe J,2020\n\"Second, with a comma");
    assertEquals(3, e.line());
    assertEquals("Title", e.field());
  }

  @Test
  void bibtexCutInsideAnEntryIsRefused() {
    ImportException e =
        refused("bibtex", "@article{a, title = {One}}\n@article{b,\n  title = {Two and");
    assertEquals(2, e.line());
  }

  @Test
  void endnoteXmlCutAfterTheLastRecordIsImportedWithAWarningAndInsideOneRefused() throws Exception {
    String whole =
        "<?xml version=\"1.0\"?>\n<xml><records>\n<record><titles><title>One</title></titles></record>\n"
            + "<record><titles><title>Two</title></titles></record>\n</records></xml>\n";
    assertEquals(List.of(), warnings("endnote-xml", whole));
    List<ImportWarning> w =
        warnings("endnote-xml", whole.substring(0, whole.indexOf("</records>") + 3));
    assertEquals(1, w.size(), w.toString());
    ImportException e = refused("endnote-xml", whole.substring(0, whole.indexOf("Two") + 1));
    assertEquals(4, e.line());
  }

  @Test
  void pubmedXmlCutInsideAnArticleIsRefusedNamingItsLine() {
    String cut =
        "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n"
            + "<PMID>1</PMID><Article><ArticleTitle>Cut her";
    ImportException e = refused("pubmed-xml", cut);
    assertTrue(e.line() >= 3, e.getMessage());
  }
}
