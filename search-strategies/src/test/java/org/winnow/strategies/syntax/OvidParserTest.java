package org.winnow.strategies.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.strategies.ast.Bool;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Fielded;
import org.winnow.strategies.ast.Heading;
import org.winnow.strategies.ast.Limit;
import org.winnow.strategies.ast.LineRef;
import org.winnow.strategies.ast.Near;
import org.winnow.strategies.ast.Node;
import org.winnow.strategies.ast.Span;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.ast.Text;
import org.winnow.strategies.ast.Trees;
import org.winnow.strategies.ast.Word;
import org.winnow.strategies.ast.WordPart;
import org.winnow.strategies.syntax.ovid.OvidParser;

class OvidParserTest {
  static Strategy parse(String text) throws StrategySyntaxException {
    return Trees.withoutSpans(new OvidParser().parse(text).strategy());
  }

  static Node line(String text) throws StrategySyntaxException {
    return parse(text).last().query();
  }

  @Test
  void headingsWithExplodeMajorAndSubheadings() throws Exception {
    assertEquals(Heading.of("Dementia", true), line("exp Dementia/"));
    assertEquals(
        new Heading("basal ganglia hemorrhage", true, true, List.of("di", "pa", "ra"), Span.NONE),
        line("exp *basal ganglia hemorrhage/di, pa, ra"));
    assertEquals(
        new Heading("Aged to 80 and Over", false, false, List.of(), Span.NONE),
        line("\"Aged to 80 and Over\"/"));
    assertEquals(Heading.of("Kidney Failure, Chronic", false), line("Kidney Failure, Chronic/"));
  }

  @Test
  void fieldSuffixesOnWordsAndGroups() throws Exception {
    assertEquals(
        Fielded.of(
            new Text(List.of(Word.truncated("dinosaur")), false, Span.NONE),
            Field.TITLE,
            Field.ABSTRACT),
        line("dinosaur$.ti,ab."));
    assertEquals(
        Fielded.of(Bool.or(Text.of("CME"), Text.of("CSME")), Field.TITLE, Field.ABSTRACT),
        line("(CME or CSME).tw."));
    // spaces inside the suffix and a missing final dot, as in CLEF topics
    assertEquals(
        Fielded.of(Bool.or(Text.of("Xpert"), Text.of("TB")), Field.TITLE, Field.ABSTRACT),
        line("(Xpert or TB). tw"));
    assertEquals(
        Fielded.of(
            Text.of("Hawkins Kennedy"),
            Field.TITLE,
            Field.ABSTRACT,
            Field.ORIGINAL_TITLE,
            Field.SUBSTANCE,
            Field.SUBJECT_HEADING_WORD,
            Field.AUTHOR_KEYWORDS),
        line("Hawkins Kennedy.mp. [mp=title, abstract, original title]"));
  }

  @Test
  void truncationAndWildcards() throws Exception {
    Text t = (Text) ((Fielded) line("h?emorrhag$2 tend#nitis*.tw.")).inner();
    assertEquals(
        new Word(
            List.of(
                new WordPart.Chars("h"),
                new WordPart.OptionalChar(),
                new WordPart.Chars("emorrhag"),
                new WordPart.AnyRun(2))),
        t.words().get(0));
    assertEquals(
        new Word(
            List.of(
                new WordPart.Chars("tend"),
                new WordPart.OneChar(),
                new WordPart.Chars("nitis"),
                new WordPart.AnyRun(-1))),
        t.words().get(1));
  }

  @Test
  void proximityGapsAreWordsBetween() throws Exception {
    assertEquals(
        Fielded.of(
            Near.of(2, Text.of("optical"), Text.of("coherence"), Text.of("tomograph")),
            Field.TITLE,
            Field.ABSTRACT),
        line("(optical adj3 coherence adj3 tomograph).tw."));
    assertEquals(
        new Near(List.of(Text.of("a"), Text.of("b")), 0, true, Span.NONE), line("a adj b"));
  }

  @Test
  void lineReferencesCombinationsAndLimits() throws Exception {
    Strategy s =
        parse(
            "a.ti.\nb.ti.\nc.ti.\nor/1-3\n1 and (2 or 3)\nlimit 5 to (english language and yr=\"2005 -Current\")\nlimit 6 to humans");
    assertEquals(
        Bool.or(LineRef.of(1), LineRef.of(2), LineRef.of(3)), s.line(4).orElseThrow().query());
    assertEquals(
        Bool.and(LineRef.of(1), Bool.or(LineRef.of(2), LineRef.of(3))),
        s.line(5).orElseThrow().query());
    assertEquals(
        new Limit(
            LineRef.of(5),
            List.of(new Limit.Language("english"), new Limit.Years(2005, null)),
            Span.NONE),
        s.line(6).orElseThrow().query());
    assertEquals(
        new Limit(LineRef.of(6), List.of(new Limit.Named("humans")), Span.NONE),
        s.line(7).orElseThrow().query());
  }

  @Test
  void numbersInsideAFieldedGroupAreWords() throws Exception {
    assertEquals(
        Fielded.of(Bool.or(Text.of("PP 14"), Text.of("2012")), Field.TITLE, Field.ABSTRACT),
        line("(PP 14 or 2012).tw."));
    assertEquals(
        Bool.or(LineRef.of(1), Fielded.of(Text.of("ICH"), Field.TITLE, Field.ABSTRACT)),
        parse("x.tw.\n1 or ICH.tw.").last().query());
  }

  @Test
  void numberedHistoryLinesAreStripped() throws Exception {
    Strategy s = new OvidParser().parse("1. exp Sleep Apnea/\n2. OSA.mp.\n3. or/1-2").strategy();
    assertEquals("1.", s.lines().get(0).label());
    assertEquals(Bool.or(LineRef.of(1), LineRef.of(2)), Trees.withoutSpans(s).last().query());
  }

  @Test
  void operatorsBindAdjThenNotThenAndThenOr() throws Exception {
    assertEquals(Bool.or(Text.of("a"), Bool.and(Text.of("b"), Text.of("c"))), line("a or b and c"));
  }

  @Test
  void historyNotesAreWarnings() throws Exception {
    ParseResult r = new OvidParser().parse("Dipyridamole/du [Diagnostic Use]");
    assertEquals(
        List.of(new ParseWarning(1, 17, "history note [Diagnostic Use] ignored")), r.warnings());
  }

  @Test
  void errorsNameLineAndColumn() {
    StrategySyntaxException e =
        assertThrows(StrategySyntaxException.class, () -> parse("a.ti.\n(b or c.tw."));
    assertEquals(2, e.line());
    assertEquals(1, e.column());
    assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    e = assertThrows(StrategySyntaxException.class, () -> parse("a or"));
    assertEquals(1, e.line());
    e = assertThrows(StrategySyntaxException.class, () -> parse("Kidney/xyz"));
    assertEquals(7, e.column());
    e = assertThrows(StrategySyntaxException.class, () -> parse("a b) or c"));
    assertEquals(4, e.column());
    e = assertThrows(StrategySyntaxException.class, () -> parse("\"open phrase.tw."));
    assertEquals(1, e.column());
  }
}
