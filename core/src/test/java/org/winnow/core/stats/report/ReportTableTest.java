package org.winnow.core.stats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results table as CSV (full precision, guarded), Markdown and HTML (rounded, escaped). */
class ReportTableTest {
  @TempDir Path tmp;

  private static ReportTable table() {
    return new ReportTable(
        "Effects <test>",
        List.of("Study", "Estimate", "n"),
        List.of(
            Arrays.asList("=HYPERLINK(\"x\")", -0.123456789, 40),
            Arrays.asList("A | B", null, null)),
        List.of("a note & more"),
        3);
  }

  @Test
  void csvKeepsFullPrecisionAndGuardsFormulas() throws Exception {
    List<CSVRecord> rows =
        CSVFormat.RFC4180.parse(new java.io.StringReader(table().csv())).getRecords();
    assertEquals(List.of("Study", "Estimate", "n"), rows.get(0).toList());
    assertEquals("'=HYPERLINK(\"x\")", rows.get(1).get(0));
    assertEquals(-0.123456789, Double.parseDouble(rows.get(1).get(1)));
    assertEquals("40", rows.get(1).get(2));
    assertEquals(List.of("A | B", "", ""), rows.get(2).toList());
  }

  @Test
  void markdownRoundsWithATrueMinusAndEscapesPipes() {
    String md = table().markdown();
    assertTrue(md.contains("| =HYPERLINK(\"x\") | −0.123 | 40 |"), md);
    assertTrue(md.contains("| A \\| B |  |  |"), md);
    assertTrue(md.contains("a note & more"), md);
  }

  @Test
  void htmlEscapesEveryCell() {
    String html = table().html();
    assertTrue(html.contains("<caption>Effects &lt;test&gt;</caption>"), html);
    assertTrue(html.contains("<td class=\"number\">&minus;0.123</td>"), html);
    assertTrue(html.contains("<p>a note &amp; more</p>"), html);
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportTable("t", List.of("a", "b"), List.of(List.of("x")), List.of(), 2));
  }

  @Test
  void writesTheFormatTheFileNames() throws Exception {
    Path md = tmp.resolve("out/effects.md");
    ReportTable t = table();
    t.write(TableFormat.ofFile(md), md);
    assertEquals(t.markdown(), Files.readString(md));
    assertEquals(TableFormat.HTML, TableFormat.ofFile(Path.of("x.HTM")));
    assertThrows(IllegalArgumentException.class, () -> TableFormat.ofFile(Path.of("x.docx")));
  }
}
