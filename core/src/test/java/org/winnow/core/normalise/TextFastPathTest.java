package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written white-space and NFC shortcuts of {@link Text#clean} agree with their rules. */
class TextFastPathTest {
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cc}]");

  @Example
  void isSpaceIsTheCharacterClassForEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      assertEquals(SPACE.matcher(s).matches(), Text.isSpace((char) c), Integer.toHexString(c));
    }
  }

  @Property(tries = 3000)
  void collapsesAsTheRegularExpressionDid(@ForAll("spacedText") String s) {
    String collapsed = s.replace('\u00A0', ' ').replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip();
    String expected = Normalizer.normalize(collapsed, Normalizer.Form.NFC);
    assertEquals(expected, Text.collapseSpaceToNfc(s));
  }

  @Example
  void textBelowCombiningMarksIsAlreadyNfc() {
    for (char a = 0; a < 0x300; a++) {
      for (char b = 0; b < 0x300; b++) {
        String s = new String(new char[] {a, b});
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), s);
      }
    }
  }

  @Provide
  Arbitrary<String> spacedText() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "a",
            "word",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u00A0",
            "\u2028",
            "\u2009",
            "\u0085",
            "\u0000",
            "\u007F",
            "é",
            "\u3000",
            "-",
            "\uD83D\uDE00",
            "e\u0301",
            "\u0301",
            "\u212B",
            "\uFB01");
    return piece.list().ofMaxSize(10).map(l -> String.join("", l));
  }
}
