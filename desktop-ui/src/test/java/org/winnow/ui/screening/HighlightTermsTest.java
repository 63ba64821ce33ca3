package org.winnow.ui.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.ui.screening.HighlightTerms.Kind;
import org.winnow.ui.screening.HighlightTerms.Segment;

class HighlightTermsTest {
  private static final HighlightTerms TERMS =
      HighlightTerms.of("pregnan*\nneonatal abstinence\n  opioid  \n", "mouse\nrat*\n\n");

  @Test
  void linesAreTrimmedAndBlankLinesDropped() {
    assertEquals(List.of("pregnan*", "neonatal abstinence", "opioid"), TERMS.include());
    assertEquals(List.of("mouse", "rat*"), TERMS.exclude());
    assertEquals("mouse\nrat*", HighlightTerms.text(TERMS.exclude()));
  }

  @Test
  void wordsMatchOnBoundariesIgnoringCaseAndAStarMatchesAnyEnding() {
    assertEquals(
        List.of(
            new Segment("Pregnancy", Kind.INCLUDE),
            new Segment(" and opioids in ", Kind.PLAIN),
            new Segment("rats", Kind.EXCLUDE),
            new Segment("; ", Kind.PLAIN),
            new Segment("Opioid", Kind.INCLUDE),
            new Segment(" biomouse", Kind.PLAIN)),
        TERMS.segments("Pregnancy and opioids in rats; Opioid biomouse"));
  }

  @Test
  void phrasesMatchAcrossLineBreaksAndWhitespace() {
    assertEquals(
        List.of(
            new Segment("severe ", Kind.PLAIN),
            new Segment("Neonatal\n  abstinence", Kind.INCLUDE),
            new Segment(" syndrome", Kind.PLAIN)),
        TERMS.segments("severe Neonatal\n  abstinence syndrome"));
  }

  @Test
  void aTermInBothListsShowsAsInclude() {
    HighlightTerms both = HighlightTerms.of("trial", "trial\nanimal");
    assertEquals(List.of(new Segment("trial", Kind.INCLUDE)), both.segments("trial"));
  }

  @Test
  void regexCharactersAreLiteralAndEmptyTextGivesNothing() {
    HighlightTerms odd = HighlightTerms.of("c++\n(a)\n*", "");
    assertEquals(List.of(), odd.segments(""));
    assertEquals(List.of(), odd.segments(null));
    assertEquals(List.of("c++", "(a)"), odd.include());
    assertEquals(
        List.of(new Segment("(a)", Kind.INCLUDE), new Segment(" b", Kind.PLAIN)),
        odd.segments("(a) b"));
    assertEquals(List.of(new Segment("plain", Kind.PLAIN)), HighlightTerms.NONE.segments("plain"));
  }
}
