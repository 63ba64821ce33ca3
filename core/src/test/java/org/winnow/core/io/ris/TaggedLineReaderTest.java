package org.winnow.core.io.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;

class TaggedLineReaderTest {
  private static final TaggedLineReader READER = new TaggedLineReader(new RisSyntax());

  private static List<TaggedRecord> read(String... lines) throws ImportException {
    return READER.read(new ImportText("test.ris", String.join("\n", lines), "UTF-8"));
  }

  private static List<String> tags(TaggedRecord r) {
    return r.fields().stream().map(TaggedField::tag).toList();
  }

  @Test
  void readsTagsValuesAndLinesInFileOrder() throws Exception {
    List<TaggedRecord> records =
        read("TY  - JOUR", "AU  - Zhai, Q. J.", "AU  - Yue, X.", "TI  - A title", "ER  - ");
    assertEquals(1, records.size());
    TaggedRecord r = records.get(0);
    assertEquals(1, r.line());
    assertTrue(r.closed());
    assertEquals(List.of("TY", "AU", "AU", "TI"), tags(r));
    assertEquals(List.of("Zhai, Q. J.", "Yue, X."), r.values("AU"));
    assertEquals(4, r.fields().get(3).line());
  }

  @Test
  void acceptsTheTagLineShapesToolsWrite() throws Exception {
    List<TaggedRecord> records =
        read(
            "TY - JOUR", // one space (Zotero test case 4)
            "TI  -  Cochrane pads both sides",
            "AU\t-\tTabbed, Author",
            "PB  - trailing space   ",
            "IS  -",
            "ER  -", // no trailing space
            "TY  - BOOK",
            "ER", // bare end tag
            "TY  - CHAP",
            "ER  - junk after the end tag");
    assertEquals(3, records.size());
    TaggedRecord first = records.get(0);
    assertEquals("Cochrane pads both sides", first.first("TI"));
    assertEquals("Tabbed, Author", first.first("AU"));
    assertEquals("trailing space", first.first("PB"));
    assertEquals(List.of(""), first.values("IS"));
    assertTrue(records.stream().allMatch(TaggedRecord::closed));
  }

  @Test
  void nonTagLinesContinueThePreviousField() throws Exception {
    TaggedRecord r =
        read(
                "TY  - JOUR",
                "T1  - Blood-brain barrier breach following",
                "cortical contusion in the rat",
                "AB  - First part, with",
                "   an indented line (Web of Science)",
                "",
                "ER then a line that starts like an end tag",
                "OR -0.52 is text, not a tag",
                "ER  -")
            .get(0);
    assertEquals(
        "Blood-brain barrier breach following\ncortical contusion in the rat", r.first("T1"));
    assertEquals(
        "First part, with\nan indented line (Web of Science)\n"
            + "ER then a line that starts like an end tag\nOR -0.52 is text, not a tag",
        r.first("AB"));
  }

  @Test
  void skipsPreambleAndJunkBetweenRecords() throws Exception {
    List<TaggedRecord> records =
        read(
            "Record #1 of 2",
            "Provider: John Wiley & Sons, Ltd.",
            "1. ",
            "TY  - JOUR",
            "TI  - One",
            "ER  -  ",
            "",
            " ",
            "<2>",
            "TY  - JOUR",
            "TI  - Two",
            "ER  - ");
    assertEquals(2, records.size());
    assertEquals(4, records.get(0).line());
    assertEquals(List.of("One"), records.get(0).values("TI"));
    assertEquals(List.of("Two"), records.get(1).values("TI"));
  }

  @Test
  void aMissingEndTagIsEndedByTheNextRecordOrTheEndOfTheFile() throws Exception {
    List<TaggedRecord> records = read("TY  - JOUR", "TI  - One", "TY  - JOUR", "TI  - Two");
    assertEquals(2, records.size());
    assertFalse(records.get(0).closed());
    assertFalse(records.get(1).closed());
    assertEquals("Two", records.get(1).first("TI"));
  }

  @Test
  void repeatedTypeLinesWithNothingBetweenStayInOneRecord() throws Exception {
    List<TaggedRecord> records = read("TY  - BOOK", "TY  - JOUR", "TI  - One", "ER  -");
    assertEquals(1, records.size());
    assertEquals(List.of("BOOK", "JOUR"), records.get(0).values("TY"));
  }

  @Test
  void fieldsWithoutTypeFormARecordOnlyWhenAnEndTagClosesThem() throws Exception {
    List<TaggedRecord> closed = read("\uFEFF", "JF  - Journal", "T1  - Lost its TY", "ER  -");
    assertEquals(1, closed.size());
    assertEquals(2, closed.get(0).line());
    assertEquals("Lost its TY", closed.get(0).first("T1"));

    List<TaggedRecord> junkThenRecord =
        read("UR  - http://link.example/1", "TY  - JOUR", "TI  - Real", "ER  -");
    assertEquals(1, junkThenRecord.size());
    assertEquals(List.of("TY", "TI"), tags(junkThenRecord.get(0)));

    assertTrue(read("TY  - JOUR", "ER  -", "L2  - http://trailing.link").size() == 1);
    assertTrue(read("TI  - a MEDLINE-like line", "AB  - no TY, no ER").isEmpty());
  }

  @Test
  void splitsFieldsThatRayyanRanTogether() throws Exception {
    TaggedRecord r =
        read(
                "TY  - JOUR",
                "UR  - https://www.embase.com/records?id=L2029880245     U2  - L2029880245",
                "DO  - 10.1038/s41467-024-48400-3     LK  - https://link.example",
                "ER  - ")
            .get(0);
    assertEquals(List.of("TY", "UR", "U2", "DO", "LK"), tags(r));
    assertEquals("https://www.embase.com/records?id=L2029880245", r.first("UR"));
    assertEquals("L2029880245", r.first("U2"));
    assertEquals("10.1038/s41467-024-48400-3", r.first("DO"));
  }

  @Test
  void longRunsOfSpacesInsideAValueAreKept() throws Exception {
    String spaces = " ".repeat(200_000);
    TaggedRecord r = read("TY  - JOUR", "AB  - a" + spaces + "b", "ER  -").get(0);
    assertEquals("a" + spaces + "b", r.first("AB"));
  }

  @Test
  void aByteOrderMarkAtTheStartOfALineIsIgnored() throws Exception {
    List<TaggedRecord> records = read("\uFEFFTY  - JOUR", "TI  - x", "ER  -");
    assertEquals(1, records.size());
    assertEquals("JOUR", records.get(0).first("TY"));
  }

  @Test
  void valuesKeepUnicodeLineSeparators() throws Exception {
    TaggedRecord r = read("TY  - JOUR", "T1  - Communication: \u2028Potential", "ER  -").get(0);
    assertEquals("Communication: \u2028Potential", r.first("T1"));
  }

  @Test
  void aValueWithoutBoundIsAnErrorNamingLineAndTag() {
    String longLine = "x".repeat(TaggedLineReader.MAX_VALUE_CHARS / 2 + 10);
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> read("TY  - JOUR", "AB  - start", longLine, longLine, "ER  -"));
    assertEquals("test.ris", e.file());
    assertEquals(2, e.line());
    assertEquals("AB", e.field());
  }

  @Test
  void emptyInputHasNoRecords() throws Exception {
    assertTrue(read("").isEmpty());
    assertTrue(read("just", "text").isEmpty());
  }
}
