package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.endnote.EndnoteXmlImporter;
import org.winnow.core.io.pubmedxml.PubmedXmlImporter;
import org.winnow.core.io.ris.RisImporter;

/**
 * Input beyond {@link ImportLimits} is refused naming where, quickly and without a stack overflow.
 */
class ImportLimitsTest {
  private static final ImportLimits LIMITS = ImportLimits.STANDARD;

  /** Generous: the point is that these end at all, not how fast. */
  private static final Duration HANG = Duration.ofSeconds(20);

  @Test
  void endnoteXmlNestedAHundredThousandDeepIsRefused() {
    int depth = 100_000;
    String xml =
        "<xml><records><record><titles><title>"
            + "<style>".repeat(depth)
            + "x"
            + "</style>".repeat(depth)
            + "</title></titles></record></records></xml>";
    ImportException e =
        assertTimeoutPreemptively(
            HANG,
            () ->
                assertThrows(
                    ImportException.class,
                    () -> new EndnoteXmlImporter().read(new ImportText("deep.xml", xml, "UTF-8"))));
    assertTrue(e.problem().contains("nested more than " + LIMITS.maxXmlDepth()), e.getMessage());
    assertEquals("style", e.field());
  }

  @Test
  void pubmedXmlNestedTenThousandDeepIsRefused() {
    int depth = 10_000;
    String xml =
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>"
            + "<i>".repeat(depth)
            + "x"
            + "</i>".repeat(depth)
            + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";
    ImportException e =
        assertTimeoutPreemptively(
            HANG,
            () ->
                assertThrows(
                    ImportException.class,
                    () -> new PubmedXmlImporter().read(new ImportText("deep.xml", xml, "UTF-8"))));
    assertTrue(e.problem().contains("nested more than"), e.getMessage());
  }

  @Test
  void pubmedXmlAtTheDepthLimitIsStillRead() throws Exception {
    int depth = LIMITS.maxXmlDepth() - 8;
    String xml =
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>"
            + "<i>".repeat(depth)
            + "deep"
            + "</i>".repeat(depth)
            + "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>";
    RecordDraft d = new PubmedXmlImporter().read(new ImportText("deep.xml", xml, "UTF-8")).get(0);
    assertEquals("deep", d.first(Field.TITLE));
  }

  @Test
  void aFieldLongerThanTheLimitIsRefusedNamingIt() {
    RecordDraft d = new RecordDraft(7).raw("TI", "x".repeat(LIMITS.maxFieldChars() + 1));
    ImportException e =
        assertThrows(
            ImportException.class, () -> LIMITS.check(new ImportText("f.ris", "", "UTF-8"), d));
    assertEquals(7, e.line());
    assertEquals("TI", e.field());
  }

  @Test
  void moreAuthorsThanTheLimitAreRefused() throws Exception {
    RecordDraft d = new RecordDraft(3);
    for (int i = 0; i <= LIMITS.maxAuthors(); i++) {
      d.add(Field.AUTHOR, "Doe, J" + i);
    }
    ImportException e =
        assertThrows(
            ImportException.class, () -> LIMITS.check(new ImportText("f.ris", "", "UTF-8"), d));
    assertEquals("author", e.field());
    RecordDraft fine = new RecordDraft(3).add(Field.AUTHOR, "Doe, J").raw("TI", "A title");
    LIMITS.check(new ImportText("f.ris", "", "UTF-8"), fine);
  }

  @Test
  void aRisFieldOfManyContinuationLinesIsReadInLinearTime() {
    // 400,000 one-character continuation lines: joining them by copying was quadratic
    String ris = "TY  - JOUR\nAB  - start\n" + "x\n".repeat(400_000) + "ER  - \n";
    RecordDraft d =
        assertTimeoutPreemptively(
            HANG, () -> new RisImporter().read(new ImportText("long.ris", ris, "UTF-8")).get(0));
    assertEquals(400_000 * 2 + "start".length(), d.first(Field.ABSTRACT).length());
  }
}
