package org.winnow.core.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Unicode separators that exports carry inside values count as white space. */
class TextUnicodeSpaceTest {

  @Test
  void lineAndParagraphSeparatorsBecomeOneSpace() {
    // Zotero's RIS test case 6 has a U+2028 LINE SEPARATOR inside a title
    assertEquals(
        "Communication: Potential Contributions",
        Text.clean("Communication: \u2028Potential\u2029 Contributions"));
  }

  @Test
  void otherSpaceSeparatorsCollapse() {
    assertEquals("a b c d", Text.clean("a\u2009b\u3000\u00A0c\u202Fd"));
    assertNull(Text.clean("\u2028\u2003"));
  }
}
