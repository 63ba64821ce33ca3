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

  @Property(tries = 2000)
  void leadingNumberDropsZerosAsTheExpressionDid(
      @ForAll @StringLength(max = 12) String prefix,
      @ForAll @CharRange(from = '0', to = '9') @StringLength(min = 1, max = 8) String digits,
      @ForAll @StringLength(max = 6) String suffix) {
    String value = prefix + digits + suffix;
    int i = 0;
    while (i < value.length() && !Character.isDigit(value.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < value.length() && Character.isDigit(value.charAt(j))) {
      j++;
    }
    String expected = i == j ? null : value.substring(i, j).replaceFirst("^0+(?=\\d)", "");
    assertEquals(expected, ComparisonText.leadingNumber(value));
  }

  @Test
  void leadingNumberKeepsOneZeroAndNonAsciiDigits() {
    assertEquals("0", ComparisonText.leadingNumber("vol 000"));
    assertEquals("120", ComparisonText.leadingNumber("e0120"));
    assertEquals("0\u0663", ComparisonText.leadingNumber("000\u0663")); // Arabic-Indic three
    assertEquals(null, ComparisonText.leadingNumber("no number"));
  }

  @Test
  void foldsCasePunctuationAndAmpersands() {
    assertEquals("a and b 2019 covid 19", ComparisonText.fold("  A&B: 2019 -- COVID-19. "));
    assertEquals("and and", ComparisonText.fold("&&"));
    assertEquals(
        "covid 19 у детеи", ComparisonText.fold("COVID-19 у детей")); // marks go, letters stay
  }
}
