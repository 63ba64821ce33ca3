package org.winnow.core.io.endnote;

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

/** Tag soup made of EndNote XML's elements ends in records or an error naming the file. */
class EndnoteXmlFuzzTest {
  private final EndnoteXmlImporter importer = new EndnoteXmlImporter();

  @Property(tries = 1000)
  void xmlShapedTextEndsInRecordsOrAClearError(@ForAll("tagSoup") String text) {
    try {
      for (RecordDraft d : importer.read(new ImportText("fuzz.xml", text, "UTF-8"))) {
        assertNotNull(RecordNormaliser.toRecord(d, 1));
      }
    } catch (ImportException e) {
      assertTrue(e.getMessage().startsWith("fuzz.xml"), e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> tagSoup() {
    return Arbitraries.of(
            "<xml>",
            "</xml>",
            "<records>",
            "</records>",
            "<record>",
            "</record>",
            "<titles>",
            "</titles>",
            "<title>",
            "</title>",
            "<style face=\"normal\">",
            "</style>",
            "<style/>",
            "<author>",
            "</author>",
            "<isbn>",
            "</isbn>",
            "<rec-number>",
            "</rec-number>",
            "text",
            " ",
            "\n",
            "&amp;",
            "&bogus;",
            "&#xD;",
            "<",
            ">",
            "<!DOCTYPE xml>",
            "<?xml version=\"1.0\"?>",
            "<![CDATA[x]]>",
            "<!-- c -->",
            "\u0000",
            "é")
        .list()
        .ofMaxSize(50)
        .map(l -> String.join("", l));
  }
}
