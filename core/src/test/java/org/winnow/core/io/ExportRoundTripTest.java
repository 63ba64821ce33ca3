package org.winnow.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.winnow.core.io.bibtex.BibtexExporter;
import org.winnow.core.io.ris.RisExporter;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;
import org.winnow.fixtures.Fixtures;

/**
 * Every record of every golden-file case, written by each exporter and read back with content
 * detection, has the same normalised fields (the whole {@link Bibliographic}) and file ID, except
 * for the losses each format cannot avoid, listed in docs/formats.md and applied by {@link
 * #afterRoundTrip}:
 *
 * <ul>
 *   <li>RIS: the type becomes a RIS TY code; MeSH headings come back as keywords (RIS has one KW
 *       tag for both).
 *   <li>BibTeX: the type becomes a BibTeX entry type; a record without a usable citation key gets
 *       one (first author's family name and year), and a key loses characters BibTeX keys cannot
 *       hold.
 *   <li>CSV: a record without a file ID comes back with the ID Winnow showed for it ("#12").
 * </ul>
 */
class ExportRoundTripTest {
  private static final FormatRegistry REGISTRY = FormatRegistry.standard();
  private static final String EXPECTED = ".expected.json";

  @TestFactory
  Stream<DynamicTest> everyGoldenRecordSurvivesEveryExporter() {
    return REGISTRY.exporters().stream()
        .map(e -> DynamicTest.dynamicTest(e.id(), () -> roundTripAll(e)));
  }

  private static void roundTripAll(CitationExporter exporter) throws Exception {
    List<String> differences = new ArrayList<>();
    int cases = 0;
    int records = 0;
    for (Path input : Fixtures.files("formats")) {
      String name = input.getFileName().toString();
      if (name.endsWith(EXPECTED) || name.endsWith(".md")) {
        continue;
      }
      cases++;
      String where = input.getParent().getFileName() + "/" + name;
      List<Record> original = read(name, Files.readAllBytes(input));
      StringWriter out = new StringWriter();
      exporter.write(original, out);
      String exported = "export." + exporter.extension();
      byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
      ImportText text = TextDecoder.decode(exported, bytes);
      String detected = REGISTRY.detect(text).map(CitationImporter::id).orElse("none");
      assertEquals(exporter.id(), detected, where + ": format detected in the export");
      List<Record> back = read(exported, bytes);
      assertEquals(original.size(), back.size(), where + ": records after the round trip");
      for (int i = 0; i < original.size(); i++) {
        records++;
        String at = where + "#" + (i + 1);
        Record want = afterRoundTrip(exporter.id(), original.get(i));
        Record got = back.get(i);
        if (exporter.id().equals("bibtex") && want.fileRecordId() == null) {
          assertTrue(got.fileRecordId() != null, at + ": a BibTeX key is made up");
        } else if (!Objects.equals(want.fileRecordId(), got.fileRecordId())) {
          differences.add(at + " ID: " + want.fileRecordId() + " -> " + got.fileRecordId());
        }
        differences.addAll(fieldDifferences(at, want.fields(), got.fields()));
      }
    }
    System.out.printf(
        "%s round trip: %d golden cases, %d records, %d differences%n",
        exporter.id(), cases, records, differences.size());
    differences.forEach(d -> System.out.println("  " + d));
    assertEquals(List.of(), differences, exporter.id() + " round trip");
  }

  /** What a record should look like once written in a format and read back. */
  private static Record afterRoundTrip(String format, Record r) {
    Bibliographic f = r.fields();
    String id = r.fileRecordId();
    String type = f.type();
    List<String> keywords = f.keywords();
    List<String> mesh = f.mesh();
    switch (format) {
      case "ris" -> {
        type = RisExporter.risType(type);
        LinkedHashSet<String> terms = new LinkedHashSet<>(keywords);
        terms.addAll(mesh);
        keywords = List.copyOf(terms);
        mesh = List.of();
      }
      case "bibtex" -> {
        type = BibtexExporter.entryType(type);
        id = id == null || !id.matches("[A-Za-z0-9_:.\\-]+") ? null : id;
      }
      case "csv" -> id = r.displayId();
      default -> throw new IllegalArgumentException("no round trip rules for " + format);
    }
    Bibliographic expected =
        new Bibliographic(
            type,
            f.title(),
            f.abstractText(),
            f.authors(),
            f.year(),
            f.journal(),
            f.journalAbbrev(),
            f.volume(),
            f.issue(),
            f.pages(),
            f.doi(),
            f.pmid(),
            f.pmcid(),
            f.issn(),
            f.isbn(),
            keywords,
            mesh,
            f.language(),
            f.url(),
            f.publisher());
    return new Record(r.id(), r.batchId(), 0, r.position(), r.line(), id, r.raw(), expected);
  }

  private static List<String> fieldDifferences(String at, Bibliographic want, Bibliographic got)
      throws ReflectiveOperationException {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : Bibliographic.class.getRecordComponents()) {
      Object w = c.getAccessor().invoke(want);
      Object g = c.getAccessor().invoke(got);
      if (!Objects.equals(w, g)) {
        out.add(at + " " + c.getName() + ": " + w + " -> " + g);
      }
    }
    return out;
  }

  /** The records of a file, numbered as a project stores them (id = position). */
  private static List<Record> read(String name, byte[] bytes) throws ImportException {
    ImportText text = TextDecoder.decode(name, bytes);
    CitationImporter importer =
        REGISTRY.detect(text).orElseThrow(() -> new AssertionError("no format for " + name));
    List<Record> out = new ArrayList<>();
    for (RecordDraft d : importer.read(text)) {
      Record r = RecordNormaliser.toRecord(d, out.size() + 1);
      out.add(
          new Record(
              r.position(), 0, 0, r.position(), r.line(), r.fileRecordId(), r.raw(), r.fields()));
    }
    return out;
  }
}
