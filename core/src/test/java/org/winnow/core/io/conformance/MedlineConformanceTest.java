package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.io.conformance.ConformanceFiles.compareCase;
import static org.winnow.core.io.conformance.ConformanceFiles.decode;
import static org.winnow.core.io.conformance.ConformanceFiles.importFile;
import static org.winnow.core.io.conformance.ConformanceFiles.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.conformance.FieldAgreement.Values;
import org.winnow.core.io.medline.MedlineImporter;
import org.winnow.core.io.ovid.OvidTaggedImporter;
import org.winnow.core.model.Record;

/**
 * The MEDLINE (.nbib), Ovid tagged and PubMed XML importers over real third-party test data: the
 * Zotero translators' cases (expected Zotero items) and JabRef's importer tests (expected BibTeX
 * beside each input), plus PubMed's own export in the ASReview collection. Prints a table of field
 * agreement per folder and asserts a floor. Skips when the shared fixtures are absent.
 */
class MedlineConformanceTest {
  /** Overall field agreement must not fall below this. */
  private static final double FLOOR = 0.95;

  private static Path shared;

  @BeforeAll
  static void sharedFixtures() {
    shared = ConformanceFiles.formats().getParent();
  }

  /** Per folder agreement with the parses that come with the fixtures. */
  static Map<String, FieldAgreement> referenceRows(Path formats) throws Exception {
    Map<String, FieldAgreement> rows = new LinkedHashMap<>();
    Path zotero = formats.resolve("zotero-translators");
    for (String[] folder :
        new String[][] {
          {"MEDLINEnbib", "medline"}, {"OVID_Tagged", "ovid"}, {"PubMed_XML", "pubmed-xml"}
        }) {
      rows.put(
          "zotero-translators/" + folder[0],
          ConformanceFiles.zotero(zotero.resolve(folder[0]), folder[1]));
    }
    Path jabref = formats.resolve("jabref/importer-fileformat");
    rows.put("jabref/MedlinePlain*.txt, Nbib*.nbib", jabref("medline", medlinePlainCases(jabref)));
    rows.put("jabref/MedlineImporterTest*.xml", jabref("pubmed-xml", pubmedXmlCases(jabref)));
    rows.put("jabref/OvidImporterTest*.txt", jabref("ovid", ovidCases(jabref)));
    return rows;
  }

  @Test
  void fieldAgreementWithZoteroAndJabRef() throws Exception {
    ConformanceFiles.printAndAssertFloor(
        "MEDLINE, Ovid tagged, PubMed XML", referenceRows(shared.resolve("formats")), FLOOR);
  }

  @Test
  void pubmedExportInAsreviewIsMedlineDespiteItsExtension() throws Exception {
    Path file =
        shared.resolve("formats/asreview-citation-file-formatting/RIS/_baseline_pubmed.ris");
    ImportText text = decode(file);
    CitationImporter importer = ConformanceFiles.REGISTRY.detect(text).orElseThrow();
    assertEquals("medline", importer.id());
    List<RecordDraft> drafts = importer.read(text);
    assertEquals(50, drafts.size());
    for (RecordDraft d : drafts) {
      assertTrue(
          d.fileRecordId() != null && d.has(Field.TITLE), "PMID and title, line " + d.line());
    }
    System.out.println("asreview _baseline_pubmed.ris: medline, " + drafts.size() + " records");
  }

  /** RIS files written by Ovid and others start with "TY - ": neither importer may claim them. */
  @Test
  void risFilesAreNotClaimed() throws IOException {
    Path dir = shared.resolve("formats/asreview-citation-file-formatting/RIS");
    MedlineImporter medline = new MedlineImporter();
    OvidTaggedImporter ovid = new OvidTaggedImporter();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().collect(Collectors.toList())) {
        if (f.getFileName().toString().equals("_baseline_pubmed.ris")) {
          continue;
        }
        String sample = decode(f).sample();
        assertTrue(medline.detect(sample) < 20, "medline claims " + f);
        assertTrue(ovid.detect(sample) < 20, "ovid claims " + f);
      }
    }
  }

  @Test
  void jabrefRobustnessCases() throws Exception {
    Path jabref = shared.resolve("formats/jabref/importer-fileformat");
    assertEquals(7, read(jabref.resolve("MedlinePlainImporterTestMultipleEntries.txt")).size());
    assertEquals(5, read(jabref.resolve("OvidImporterTest1.txt")).size());
    assertThrows(
        ImportException.class,
        () ->
            new OvidTaggedImporter().read(decode(jabref.resolve("OvidImporterTest2Invalid.txt"))));
    assertThrows(
        ImportException.class, () -> read(jabref.resolve("MedlineImporterTestMalformedEntry.xml")));
    assertTrue(read(jabref.resolve("MedlineImporterTestMinimalEntry.xml")).isEmpty());
  }

  // ---------------------------------------------------------------- JabRef

  private record JabrefCase(Path input, Path bib) {}

  private static List<JabrefCase> medlinePlainCases(Path dir) throws IOException {
    List<JabrefCase> out = new ArrayList<>();
    for (Path p : list(dir, "MedlinePlain", ".txt")) {
      out.add(new JabrefCase(p, sibling(p, ".txt")));
    }
    out.add(
        new JabrefCase(dir.resolve("NbibImporterTest.nbib"), dir.resolve("NbibImporterTest.bib")));
    return out;
  }

  private static List<JabrefCase> pubmedXmlCases(Path dir) throws IOException {
    List<JabrefCase> out = new ArrayList<>();
    for (Path p : list(dir, "MedlineImporterTest", ".xml")) {
      out.add(new JabrefCase(p, sibling(p, ".xml")));
    }
    return out;
  }

  private static List<JabrefCase> ovidCases(Path dir) throws IOException {
    List<JabrefCase> out = new ArrayList<>();
    for (Path p : list(dir, "OvidImporterTest", ".txt")) {
      String n = p.getFileName().toString().replace("OvidImporterTest", "").replace(".txt", "");
      Path bib = dir.resolve("OvidImporterTestBib" + n + ".bib");
      out.add(new JabrefCase(p, Files.exists(bib) ? bib : null));
    }
    return out;
  }

  private static FieldAgreement jabref(String format, List<JabrefCase> cases) throws Exception {
    FieldAgreement tally = new FieldAgreement();
    for (JabrefCase c : cases) {
      if (c.bib() != null && Files.exists(c.bib())) { // others: see jabrefRobustnessCases
        List<Values> expected = ConformanceFiles.jabrefExpected(c.bib());
        compareCase(tally, c.input().getFileName().toString(), c.input(), format, expected);
      }
    }
    return tally;
  }

  private static List<Record> read(Path input) throws Exception {
    return importFile(input).records();
  }

  private static Path sibling(Path p, String suffix) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.length() - suffix.length()) + ".bib");
  }
}
