package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.ImportException;

class LabelledSetCsvTest {
  @TempDir Path tmp;

  private Path write(String text) throws Exception {
    Path f = tmp.resolve("set.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsTheColumnsOfTheBenchmarkSets() throws Exception {
    Path f =
        write(
            "record_id,title,abstract,keywords,label_included\n"
                + "7,\"A trial, randomised\",\"Line one\nline two\",drugs,1\n"
                + "8,Other,,,0\n");
    LabelledSet set = LabelledSetCsv.read(f, null);
    assertEquals(2, set.size());
    assertEquals(1, set.relevantCount());
    assertEquals("7", set.items().get(0).text().id());
    assertEquals("drugs", set.items().get(0).text().keywords());
    assertEquals(2, set.items().get(0).line());
    assertEquals(4, set.items().get(1).line(), "the abstract took two lines");
  }

  @Test
  void aMissingLabelColumnNamesFileLineAndColumn() throws Exception {
    Path f = write("title,abstract\nA,B\n");
    ImportException e =
        assertThrows(ImportException.class, () -> LabelledSetCsv.read(f, "label_included"));
    assertEquals(1, e.line());
    assertEquals("label_included", e.field());
    assertTrue(e.getMessage().startsWith(f.toString() + ":1: field label_included"));
  }

  @Test
  void noIncludeIsBadInput() throws Exception {
    Path f = write("title,label_included\nA,0\nB,0\n");
    ImportException e = assertThrows(ImportException.class, () -> LabelledSetCsv.read(f, null));
    assertEquals("label_included", e.field());
    assertTrue(e.problem().contains("at least one include"), e.getMessage());
  }

  @Test
  void aBadLabelNamesItsLine() throws Exception {
    Path f = write("title,decision\nA,1\nB,maybe\n");
    ImportException e =
        assertThrows(ImportException.class, () -> LabelledSetCsv.read(f, "decision"));
    assertEquals(3, e.line());
    assertEquals("decision", e.field());
  }
}
