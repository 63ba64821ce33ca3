package org.winnow.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Folding for comparison: the one-pass ASCII path agrees with the general one. */
class ComparisonTextTest {
  @Property(tries = 2000)
  void asciiFoldingAgreesWithTheGeneralFolding(
      @ForAll @CharRange(from = 0, to = 127) @StringLength(max = 80) String text) {
    assertEquals(ComparisonText.foldAnyScript(text), ComparisonText.fold(text));
  }

  @Test
  void foldsCasePunctuationAndAmpersands() {
    assertEquals("a and b 2019 covid 19", ComparisonText.fold("  A&B: 2019 -- COVID-19. "));
    assertEquals("and and", ComparisonText.fold("&&"));
    assertEquals(
        "covid 19 у детеи", ComparisonText.fold("COVID-19 у детей")); // marks go, letters stay
  }
}
