package org.winnow.core.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The formula guard of CSV exports, and its undoing when Winnow reads its own export back. */
class CsvExporterGuardTest {

  @Test
  void formulaCellsGetAnApostrophe() {
    assertEquals("'=HYPERLINK(\"x\")", CsvExporter.guard("=HYPERLINK(\"x\")"));
    assertEquals("'-308G/A", CsvExporter.guard("-308G/A"));
    assertEquals("'+1", CsvExporter.guard("+1"));
    assertEquals("'@Risk", CsvExporter.guard("@Risk"));
    assertEquals("''=' signs", CsvExporter.guard("'=' signs"), "a look-alike guard is guarded");
    assertEquals("plain", CsvExporter.guard("plain"));
    assertEquals("'quoted'", CsvExporter.guard("'quoted'"));
  }

  @Property
  void unguardUndoesGuard(@ForAll String cell) {
    String guarded = CsvExporter.guard(cell);
    assertEquals(cell, CsvExporter.unguard(guarded));
    assertFalse(!guarded.isEmpty() && "=+-@\t\r".indexOf(guarded.charAt(0)) >= 0, guarded);
  }

  @Test
  void ownHeaderIsRecognised() {
    assertTrue(CsvExporter.isOwnHeader(CsvExporter.COLUMNS));
    assertTrue(CsvExporter.isOwnHeader(List.of("record_id", "citation_id", "title")));
    assertFalse(CsvExporter.isOwnHeader(List.of("record_id", "title")));
  }
}
