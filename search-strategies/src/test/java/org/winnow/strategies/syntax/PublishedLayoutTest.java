package org.winnow.strategies.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.syntax.ovid.OvidParser;
import org.winnow.strategies.syntax.pubmed.PubmedParser;

/**
 * Strategies as reviews publish them (PDF appendices, database printouts): the layout around the
 * searches is read as annotation, never as search terms, and what a database would reject names the
 * fix.
 */
class PublishedLayoutTest {
  static ParseResult ovid(String text) throws StrategySyntaxException {
    return new OvidParser().parse(text);
  }

  static ParseResult pubmed(String text) throws StrategySyntaxException {
    return new PubmedParser().parse(text);
  }

  static Strategy tree(ParseResult r) {
    return Trees.withoutSpans(r.strategy());
  }

  static boolean warned(ParseResult r, String part) {
    return r.warnings().stream().anyMatch(w -> w.message().contains(part));
  }

  @Test
  void numberedLinesWithAPeriodBeforeAParenthesisWhenNumberingDoesNotStartAtOne() throws Exception {
    ParseResult r =
        ovid("6. (psychotic disorder$ or psychoses).tw.\n7. exp Schizophrenia/\n8. 6 or 7");
    Strategy s = tree(r);
    assertEquals(3, s.lines().size());
    assertEquals("6.", r.strategy().lines().get(0).label());
    assertTrue(s.lines().get(0).query() instanceof Fielded);
    // references name the written numbers: 6 and 7 are the first two lines
    assertEquals(Bool.or(new LineRef(1, Span.NONE), new LineRef(2, Span.NONE)), s.last().query());
  }

  @Test
  void hitCountsAfterALineAreAnnotationsNotTerms() throws Exception {
    ParseResult r = ovid("1 exp PAIN/ (306193)\n2 pain$.tw. [3454]\n3 1 or 2 150,321\n4 3 not 2\n");
    Strategy s = tree(r);
    assertEquals(Heading.of("PAIN", true), s.lines().get(0).query());
    assertEquals(
        Fielded.of(
            new Text(List.of(Word.truncated("pain")), false, Span.NONE),
            Field.TITLE,
            Field.ABSTRACT),
        s.lines().get(1).query());
    assertEquals(
        Bool.or(new LineRef(1, Span.NONE), new LineRef(2, Span.NONE)), s.lines().get(2).query());
    // a number after an operator is a search, not a count
    assertEquals(
        new Bool(
            Bool.Op.NOT, List.of(new LineRef(3, Span.NONE), new LineRef(2, Span.NONE)), Span.NONE),
        s.lines().get(3).query());
    assertTrue(warned(r, "hit count (306193)"), r.warnings().toString());
    assertTrue(warned(r, "hit count 150,321"), r.warnings().toString());
    ParseResult p =
        pubmed("#1 \"Stroke\"[Mesh] 123456\n#2 stroke[tiab] (2345)\n#3 #1 OR #2 300123");
    assertEquals(
        Bool.or(new LineRef(1, Span.NONE), new LineRef(2, Span.NONE)), tree(p).last().query());
    assertTrue(p.warnings().stream().noneMatch(w -> w.message().contains("read as AND")));
  }

  @Test
  void printoutHeadersRulesAndTableColumnsAreAnnotations() throws Exception {
    String printout =
        "Database: Ovid MEDLINE(R) ALL <1946 to May 10, 2021>\n"
            + "Search Strategy:\n"
            + "-----------------------------------------\n"
            + "1     exp Pain/ (306193)\n"
            + "2     pain$.tw. (565432)\n"
            + "3     or/1-2 (701122)\n"
            + "\n***************************\n";
    ParseResult r = ovid(printout);
    assertEquals(3, r.strategy().lines().size());
    assertTrue(warned(r, "Database: Ovid MEDLINE"), r.warnings().toString());
    String tabbed =
        "#\tSearches\tResults\tType\tActions\n"
            + "1\texp Depression/\t112345\tAdvanced\t\n"
            + "2\tdepress$.ti,ab.\t234567\tAdvanced\t\n"
            + "3\t1 or 2\t300000\tAdvanced\t\n";
    Strategy t = tree(ovid(tabbed));
    assertEquals(3, t.lines().size());
    assertEquals(Heading.of("Depression", true), t.lines().get(0).query());
    assertEquals(Bool.or(new LineRef(1, Span.NONE), new LineRef(2, Span.NONE)), t.last().query());
  }

  @Test
  void pubmedHistoryEchoesSearchBeforeEachQuery() throws Exception {
    ParseResult r = pubmed("#1 Search \"Pain\"[Mesh]\n#2 Search pain[tiab]\n#3 Search #1 OR #2");
    Strategy s = tree(r);
    assertEquals(Heading.of("Pain", true), s.lines().get(0).query());
    assertEquals(Bool.or(new LineRef(1, Span.NONE), new LineRef(2, Span.NONE)), s.last().query());
    assertTrue(warned(r, "'Search'"), r.warnings().toString());
    // the word itself can still be searched
    assertEquals(
        Fielded.of(Text.of("search"), Field.TITLE, Field.ABSTRACT),
        tree(pubmed("search[tiab]")).last().query());
  }

  @Test
  void subheadingListsWithSpacesAfterCommas() throws Exception {
    assertEquals(
        new Heading("Biological Markers", false, false, List.of("an", "bl", "me"), Span.NONE),
        tree(ovid("Biological Markers/an, bl,me [Analysis, Blood, Metabolism]")).last().query());
    assertEquals(
        new Heading("Myocardial Infarction", false, true, List.of("di", "bl"), Span.NONE),
        tree(ovid("*Myocardial Infarction/di , bl")).last().query());
  }

  @Test
  void pubmedLongTagVariants() throws Exception {
    assertEquals(Heading.of("Pain", false), tree(pubmed("\"Pain\"[mesh: noexp]")).last().query());
    assertEquals(
        Heading.of("Chronic Pain", false),
        tree(pubmed("\"Chronic Pain\"[MeSH Terms:noexp]")).last().query());
    assertEquals(
        Heading.of("Chronic Pain", false),
        tree(pubmed("\"Chronic Pain\"[MeSH Terms : NoExp]")).last().query());
    Node near = tree(pubmed("\"chronic pain\"[Title/Abstract:~3]")).last().query();
    assertEquals(tree(pubmed("\"chronic pain\"[tiab:~3]")).last().query(), near);
    assertEquals(near, tree(pubmed("\"chronic pain\"[Title/Abstract: ~3]")).last().query());
  }

  @Test
  void aLineThatBeginsWithAnOperatorNamesTheOperatorAndOffersTheReadingWithoutIt() {
    StrategySyntaxException e =
        assertThrows(
            StrategySyntaxException.class,
            () -> ovid("1 exp Exercise/\n2 exercis$.tw.\n3 or exp muscles/ or muscle strength/"));
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    assertTrue(e.problem().contains("begins with the operator 'or'"), e.problem());
    assertNotNull(e.fix());
    assertEquals("exp muscles/ or muscle strength/", e.fix().replacement());
    assertTrue(e.getMessage().contains("exp muscles/ or muscle strength/"), e.getMessage());
    StrategySyntaxException p =
        assertThrows(
            StrategySyntaxException.class, () -> pubmed("#1 pain[tiab]\n#2 OR ache[tiab]"));
    assertEquals(2, p.line());
    assertEquals("ache[tiab]", p.fix().replacement());
  }

  @Test
  void aLineThatEndsWithAnOperatorOffersTheReadingWithoutIt() {
    StrategySyntaxException e =
        assertThrows(StrategySyntaxException.class, () -> pubmed("pain[tiab] OR ache[tiab] OR"));
    assertEquals("pain[tiab] OR ache[tiab]", e.fix().replacement());
  }

  @Test
  void aParenthesisNeverClosedOffersTheLineClosedAtItsEnd() {
    StrategySyntaxException e =
        assertThrows(
            StrategySyntaxException.class, () -> ovid("1 exp Pain/\n2 ((pain$ or ache$).tw. or 1"));
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals("((pain$ or ache$).tw. or 1)", e.fix().replacement());
    assertTrue(
        e.getMessage()
            .endsWith("fix: add ')' at the end of the search: ((pain$ or ache$).tw. or 1)"),
        e.getMessage());
  }

  @Test
  void pdfCopyCharactersAreReadAsTheTextTheyStandFor() throws Exception {
    String pdf =
        "1.\u00a0exp Diabetes Mellitus, Type 2/\n"
            + "2.\u00a0(gluco\u00adphage or \u201cnon insulin depend$\u201d).tw.\n"
            + "3.\u00a0or/1\u20132\n"
            + "4.\u00a0limit 3 to yr=\u201c2000 \u2013 Current\u201d\n";
    ParseResult r = ovid(pdf);
    Strategy s = tree(r);
    assertEquals(
        tree(
            ovid(
                "1. exp Diabetes Mellitus, Type 2/\n"
                    + "2. (glucophage or \"non insulin depend$\").tw.\n"
                    + "3. or/1-2\n"
                    + "4. limit 3 to yr=\"2000 - Current\"\n")),
        s);
    // positions still point into the text as pasted
    StrategySyntaxException e =
        assertThrows(
            StrategySyntaxException.class,
            () -> ovid("1.\u00a0gluco\u00adphage.tw.\n2.\u00a0(a or b"));
    assertEquals(2, e.line());
    assertEquals(4, e.column());
  }

  @Test
  void aLineBreakInsideANumberedSearchContinuesIt() throws Exception {
    ParseResult r = ovid("1 exp Diabetes Mellitus,\nType 2/\n2 metformin.tw.\n3 1 and 2");
    Strategy s = tree(r);
    assertEquals(3, s.lines().size());
    assertEquals(Heading.of("Diabetes Mellitus, Type 2", true), s.lines().get(0).query());
    assertTrue(warned(r, "continues line 1"), r.warnings().toString());
  }

  @Test
  void ovidHashNumbersAndRemoveDuplicates() throws Exception {
    Strategy s = tree(ovid("#1 exp Pain/\n#2 pain$.tw.\n#3 #1 or #2\n#4 remove duplicates from 3"));
    assertEquals(
        Bool.or(new LineRef(1, Span.NONE), new LineRef(2, Span.NONE)), s.lines().get(2).query());
    assertEquals(new LineRef(3, Span.NONE), s.last().query());
  }
}
