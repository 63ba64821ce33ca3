package org.winnow.strategies.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.StrategySyntaxes;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.DateRange;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.ast.Word;

/** PubMed, EBSCOhost, Web of Science and Scopus, each against hand-built trees. */
class DialectParsersTest {
  static Strategy parse(Dialect d, String text) throws StrategySyntaxException {
    return Trees.withoutSpans(StrategySyntaxes.of(d).parse(text).strategy());
  }

  static Node line(Dialect d, String text) throws StrategySyntaxException {
    return parse(d, text).last().query();
  }

  static final Field[] TIAB = {Field.TITLE, Field.ABSTRACT};

  @Test
  void pubmedTagsHeadingsAndDates() throws Exception {
    assertEquals(
        Bool.and(
            Fielded.of(new Text(List.of(Word.truncated("aspergill")), false, Span.NONE), TIAB),
            Heading.of("Pulmonary Aspergillosis", true),
            new Heading("Masks", true, true, List.of("adverse effects"), Span.NONE),
            Heading.of("Rupture", false),
            new DateRange(Field.PUBLICATION_DATE, "2020", "2024", Span.NONE)),
        line(
            Dialect.PUBMED,
            "aspergill*[tiab] AND \u201CPulmonary Aspergillosis\"[MeSH Terms] AND \"Masks/adverse effects\"[MAJR]"
                + " AND Rupture [mh:noexp] AND 2020:2024[pdat]"));
    assertEquals(
        new DateRange(Field.CREATE_DATE, "1865/01/01", "2020/12/16", Span.NONE),
        line(Dialect.PUBMED, "1865/01/01:2020/12/16[crdt]"));
    assertEquals(
        Fielded.of(Near.of(2, Text.of("hip"), Text.of("fracture")), TIAB),
        line(Dialect.PUBMED, "\"hip fracture\"[tiab:~2]"));
  }

  @Test
  void pubmedReadsLeftToRightAndAndsTermsSideBySide() throws Exception {
    assertEquals(
        Bool.and(Bool.or(Text.of("a"), Text.of("b")), Text.of("c")),
        line(Dialect.PUBMED, "a OR b AND c"));
    ParseResult r = StrategySyntaxes.of(Dialect.PUBMED).parse("Atonic[tiab] Impaired[tiab]");
    assertEquals(
        Bool.and(Fielded.of(Text.of("Atonic"), TIAB), Fielded.of(Text.of("Impaired"), TIAB)),
        Trees.withoutSpans(r.strategy()).last().query());
    assertEquals(
        List.of(new ParseWarning(1, 14, "no operator before 'Impaired': read as AND")),
        r.warnings());
  }

  @Test
  void pubmedHistoryWithABareNumber() throws Exception {
    Strategy s = parse(Dialect.PUBMED, "a[ti]\nb[ti]\n#1 OR 2\nTotal hits = 3");
    assertEquals(Bool.or(LineRef.of(1), LineRef.of(2)), s.line(3).orElseThrow().query());
  }

  @Test
  void pubmedDocumentLayoutWithLabelledSearches() throws Exception {
    ParseResult r =
        StrategySyntaxes.of(Dialect.PUBMED)
            .parse(
                "1 Index test: examination\n1a\nslump[tw]\n2. Population: back pain\nsciatica[mesh]\nSearch combination\nA. 1a and 2\nFinal search: A");
    Strategy s = Trees.withoutSpans(r.strategy());
    assertEquals(4, s.lines().size());
    assertEquals("1a", r.strategy().lines().get(0).label());
    assertEquals("2", r.strategy().lines().get(1).label());
    assertEquals(Bool.and(LineRef.of(1), LineRef.of(2)), s.line(3).orElseThrow().query());
    assertEquals(LineRef.class, s.line(4).orElseThrow().query().getClass());
  }

  @Test
  void ebscoPrefixFieldsHeadingsAndProximity() throws Exception {
    assertEquals(
        Bool.or(
            new Heading("Primary Health Care", true, false, List.of(), Span.NONE),
            new Heading("Neoplasms", false, true, List.of("dt"), Span.NONE),
            Fielded.of(Text.of("family practice"), Field.TITLE),
            Fielded.of(
                new Near(List.of(Text.of("tax"), Text.of("reform")), 5, true, Span.NONE),
                Field.ABSTRACT),
            LineRef.of(1)),
        parse(
                Dialect.EBSCO,
                "x\n(MH \"Primary Health Care+\") OR (MM \"Neoplasms/DT\") OR TI family practice OR AB (tax W5 reform) OR S1")
            .last()
            .query());
    assertEquals(
        new DateRange(Field.PUBLICATION_DATE, "2010", "2020", Span.NONE),
        line(Dialect.EBSCO, "DT 2010-2020"));
  }

  @Test
  void webOfScienceTagsNearAndImplicitAnd() throws Exception {
    Field[] ts = {Field.TITLE, Field.ABSTRACT, Field.AUTHOR_KEYWORDS, Field.KEYWORDS_PLUS};
    assertEquals(
        Bool.and(
            Fielded.of(
                Bool.or(
                    new Text(List.of(Word.of("face"), Word.truncated("mask")), true, Span.NONE),
                    Near.of(3, Text.quoted("N95"), Text.quoted("respirator"))),
                ts),
            Fielded.of(Text.quoted("Norway"), Field.COUNTRY),
            new DateRange(Field.PUBLICATION_DATE, "2020", "2024", Span.NONE)),
        line(
            Dialect.WOS,
            "TS=(\n\"face mask*\"\n OR (\"N95\" NEAR/3 \"respirator\"))\nAND CU=\"Norway\"\nAND PY=2020-2024"));
    assertEquals(
        Fielded.of(
            Bool.and(Text.of("remote"), Text.of("sensing"), Text.quoted("AND"), Text.of("space")),
            Field.JOURNAL),
        line(Dialect.WOS, "SO = (remote sensing \"AND\" space)"));
    assertEquals(Near.of(15, Text.of("a"), Text.of("b")), line(Dialect.WOS, "a NEAR b"));
  }

  @Test
  void scopusFunctionsPrecedenceAndYears() throws Exception {
    // Scopus binds OR before AND: a AND b OR c is a AND (b OR c)
    assertEquals(
        Bool.and(Text.of("a"), Bool.or(Text.of("b"), Text.of("c"))),
        line(Dialect.SCOPUS, "a AND b OR c"));
    assertEquals(
        Bool.not(
            Fielded.of(
                Bool.and(Text.of("heart"), Text.of("attack")),
                Field.TITLE,
                Field.ABSTRACT,
                Field.AUTHOR_KEYWORDS,
                Field.SUBJECT_HEADING_WORD),
            Fielded.of(
                new Near(List.of(Text.of("mouse"), Text.of("model")), 2, true, Span.NONE),
                Field.TITLE)),
        line(Dialect.SCOPUS, "TITLE-ABS-KEY(heart attack) AND NOT TITLE(mouse PRE/2 model)"));
    assertEquals(
        Bool.and(
            new DateRange(Field.PUBLICATION_DATE, "2011", null, Span.NONE),
            new DateRange(Field.PUBLICATION_DATE, null, "2019", Span.NONE)),
        line(Dialect.SCOPUS, "PUBYEAR > 2010 AND PUBYEAR < 2020"));
    assertEquals(Text.quoted("heart attack"), line(Dialect.SCOPUS, "{heart attack}"));
  }

  @Test
  void errorsSayWhereAndWhat() {
    StrategySyntaxException e =
        assertThrows(
            StrategySyntaxException.class, () -> parse(Dialect.PUBMED, "a[tiab] OR b[nonsense]"));
    assertEquals(13, e.column());
    assertTrue(e.problem().contains("unknown PubMed field tag [nonsense]"));
    e = assertThrows(StrategySyntaxException.class, () -> parse(Dialect.WOS, "XX=(a)"));
    assertTrue(e.problem().contains("unknown Web of Science field tag"));
    e = assertThrows(StrategySyntaxException.class, () -> parse(Dialect.SCOPUS, "TITLE-ABZ(a)"));
    assertEquals(1, e.column());
    e = assertThrows(StrategySyntaxException.class, () -> parse(Dialect.EBSCO, "TI a OR\nAB (b"));
    assertEquals(2, e.line());
    assertEquals(4, e.column());
    e = assertThrows(StrategySyntaxException.class, () -> parse(Dialect.PUBMED, "a[tiab"));
    assertTrue(e.problem().contains("never closed"));
  }
}
