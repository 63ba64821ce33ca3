package org.winnow.core.io.bibtex;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;

/** Any text built from BibTeX's punctuation ends in records or an error naming file and line. */
class BibtexFuzzTest {
  private final BibtexImporter importer = new BibtexImporter();

  @Property(tries = 1000)
  void bibtexShapedTextEndsInRecordsOrAClearError(@ForAll("bibtexish") String text) {
    try {
      for (RecordDraft d : importer.read(new ImportText("fuzz.bib", text, "UTF-8"))) {
        assertNotNull(RecordNormaliser.toRecord(d, 1));
      }
    } catch (ImportException e) {
      assertTrue(e.getMessage().startsWith("fuzz.bib"), e.getMessage());
      assertTrue(e.line() >= 0);
    }
  }

  @Provide
  Arbitrary<String> bibtexish() {
    return Arbitraries.of(
            "@",
            "article",
            "string",
            "comment",
            "preamble",
            "{",
            "}",
            "(",
            ")",
            "\"",
            "#",
            "=",
            ",",
            "%",
            "\n",
            "\r",
            " ",
            "key",
            "title",
            "author",
            "jan",
            "1999",
            "\\'e",
            "\\",
            "$",
            "^",
            "_",
            "{\\c{C}}",
            " and ",
            "@article{k,",
            "title = {",
            "x = \"",
            "é")
        .list()
        .ofMaxSize(60)
        .map(l -> String.join("", l));
  }
}
