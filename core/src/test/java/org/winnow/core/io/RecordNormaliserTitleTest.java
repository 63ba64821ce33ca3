package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Titles: the marks exports put around a whole title go, quotes inside a title stay. */
class RecordNormaliserTitleTest {

  @Test
  void translatedTitleBracketsGo() {
    assertEquals("Title in English", RecordNormaliser.title("[Title in English]."));
    assertEquals("Title in English", RecordNormaliser.title("[Title in English]"));
    assertEquals("[Part 1] and [part 2]", RecordNormaliser.title("[Part 1] and [part 2]"));
  }

  @Test
  void quotesAroundTheWholeTitleGo() {
    assertEquals(
        "Injury, Illness, and Work Restriction in Merchant Seafarers",
        RecordNormaliser.title("\"Injury, Illness, and Work Restriction in Merchant Seafarers\"."));
    assertEquals("Quoted", RecordNormaliser.title("\u201CQuoted\u201D"));
  }

  @Test
  void quotesInsideATitleStay() {
    assertEquals(
        "\"Sorry, we're closed\": a study",
        RecordNormaliser.title("\"Sorry, we're closed\": a study"));
    assertEquals("\"A\" and \"B\"", RecordNormaliser.title("\"A\" and \"B\""));
    assertEquals("\"", RecordNormaliser.title("\""));
    assertNull(RecordNormaliser.title("  "));
  }
}
