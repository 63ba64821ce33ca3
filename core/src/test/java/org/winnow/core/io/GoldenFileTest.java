package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.winnow.core.model.Record;
import org.winnow.fixtures.Fixtures;

/**
 * Golden-file pairs in the fixtures module, {@code formats/<format>/<name>.<ext>} beside {@code
 * <name>.expected.json}: the format is detected from content and must be {@code <format>}; the
 * records must equal the expected JSON. A new regression case is two files, no code. Run with
 * {@code -Dwinnow.golden.print=true} to print the actual JSON of a new case for review.
 */
class GoldenFileTest {
  private static final String EXPECTED = ".expected.json";

  @TestFactory
  Stream<DynamicTest> everyGoldenPairMatches() {
    List<Path> files = Fixtures.files("formats");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : files) {
      String name = input.getFileName().toString();
      if (name.endsWith(EXPECTED) || name.endsWith(".md")) {
        continue;
      }
      String format = input.getParent().getFileName().toString();
      tests.add(DynamicTest.dynamicTest(format + "/" + name, () -> check(format, input)));
    }
    return tests.stream();
  }

  private static void check(String format, Path input) throws Exception {
    FormatRegistry registry = FormatRegistry.standard();
    String name = input.getFileName().toString();
    ImportText text = TextDecoder.decode(name, Files.readAllBytes(input));
    CitationImporter importer =
        registry
            .detect(text)
            .orElseThrow(() -> new AssertionError("no format detected for " + name));
    assertEquals(format, importer.id(), "detected format of " + name);
    List<Record> records = new ArrayList<>();
    int position = 1;
    for (RecordDraft d : importer.read(text)) {
      records.add(RecordNormaliser.toRecord(d, position++));
    }
    JsonNode actual = RecordJson.of(importer.id(), records);
    String base = name.substring(0, name.lastIndexOf('.'));
    Path expectedFile = input.resolveSibling(base + EXPECTED);
    if (Boolean.getBoolean("winnow.golden.print") || !Files.exists(expectedFile)) {
      System.out.println(
          "=== "
              + format
              + "/"
              + base
              + EXPECTED
              + "\n"
              + RecordJson.MAPPER.writeValueAsString(actual));
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
    JsonNode expected = RecordJson.MAPPER.readTree(Files.readString(expectedFile));
    assertFalse(records.isEmpty(), "no records in " + name);
    assertEquals(
        RecordJson.MAPPER.writeValueAsString(expected),
        RecordJson.MAPPER.writeValueAsString(actual),
        "records of " + name);
  }
}
