package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every registered importer: any input, bytes or text shaped like its format, ends in records or a
 * clear {@link ImportException} naming the file, never another exception.
 */
class ImporterContractTest {
  private static final FormatRegistry REGISTRY = FormatRegistry.standard();

  @Example
  void everyImporterHasIdLabelAndExtensions() {
    assertFalse(REGISTRY.importers().isEmpty(), "no importers registered");
    for (CitationImporter i : REGISTRY.importers()) {
      assertTrue(i.id().matches("[a-z0-9-]+"), i.id());
      assertFalse(i.label().isBlank(), i.id());
      assertFalse(i.extensions().isEmpty(), i.id());
    }
  }

  @Property(tries = 300)
  void anyBytesEndInRecordsOrAClearError(@ForAll("bytes") byte[] input) {
    ImportText text = TextDecoder.decode("fuzz.bin", input);
    for (CitationImporter importer : REGISTRY.importers()) {
      readSafely(importer, text);
      importer.detect(text.sample());
    }
  }

  @Property(tries = 300)
  void formatShapedTextEndsInRecordsOrAClearError(@ForAll("tagged") String input) {
    ImportText text = new ImportText("fuzz.txt", input, "UTF-8");
    for (CitationImporter importer : REGISTRY.importers()) {
      readSafely(importer, text);
    }
  }

  /**
   * Reads the text both ways an importer offers, {@code read} and {@code stream} (which the import
   * service uses): both must end alike, with as many records or an error naming the file.
   */
  private static void readSafely(CitationImporter importer, ImportText text) {
    int read;
    try {
      List<RecordDraft> drafts = importer.read(text);
      for (RecordDraft d : drafts) {
        assertNotNull(RecordNormaliser.toRecord(d, 1));
      }
      read = drafts.size();
    } catch (ImportException e) {
      assertTrue(e.getMessage().startsWith(text.fileName()), e.getMessage());
      read = -1;
    }
    int[] streamed = new int[1];
    try {
      importer.stream(text, d -> streamed[0]++);
    } catch (ImportException e) {
      assertTrue(e.getMessage().startsWith(text.fileName()), e.getMessage());
      streamed[0] = -1;
    }
    assertEquals(read, streamed[0], importer.id() + ": records from read() and stream()");
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
  }

  /** Lines built from the tags and punctuation of every supported format. */
  @Provide
  Arbitrary<String> tagged() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "TY  - JOUR",
            "ER  -",
            "AU  - Zhai, Q. J.",
            "TI  - A title",
            "PY  - 2008",
            "SP  - 149",
            "EP  - 55",
            "DO  - 10.1/x",
            "PMID- 123",
            "AU  - Zhai QJ",
            "      continued",
            "FAU - Zhai",
            "@article{key,",
            "title = {A {DNA} title},",
            "author = {Zhai, Q and Yue, X},",
            "}",
            "<xml>",
            "<records><record><titles><title>T</title></titles></record></records>",
            "PT J",
            "AU Smith, J",
            "TI Title",
            "   wrapped",
            "EF",
            "ID,title,author,year",
            "1,\"A, title\",\"Smith J\",2001",
            "\"unterminated",
            "1. ",
            "<1>",
            "&amp;",
            "\\'e",
            "",
            " ",
            "\t",
            "{",
            "\"",
            ",",
            "=",
            "-",
            "é",
            "\u0000");
    return piece.list().ofMaxSize(40).map(l -> String.join("\n", l));
  }
}
