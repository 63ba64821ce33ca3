package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.io.conformance.MedlineFieldAgreement.Expected;
import org.winnow.core.io.conformance.MedlineFieldAgreement.Name;
import org.winnow.core.io.conformance.MedlineFieldAgreement.Tally;
import org.winnow.core.io.medline.MedlineImporter;
import org.winnow.core.io.ovid.OvidTaggedImporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.fixtures.Fixtures;

/**
 * The MEDLINE (.nbib), Ovid tagged and PubMed XML importers over real third-party test data: the
 * Zotero translators' cases (expected Zotero items) and JabRef's importer tests (expected BibTeX
 * beside each input), plus PubMed's own export in the ASReview collection. Prints a table of field
 * agreement per folder and asserts a floor. Skips when the shared fixtures are absent.
 */
class MedlineConformanceTest {
  /** Overall field agreement must not fall below this (percent). */
  private static final double FLOOR_PERCENT = 95.0;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FormatRegistry REGISTRY = FormatRegistry.standard();

  private static Path shared;

  @BeforeAll
  static void sharedFixtures() {
    shared = Fixtures.shared().orElse(null);
    Assumptions.assumeTrue(shared != null, "shared fixtures absent");
  }

  @Test
  void fieldAgreementWithZoteroAndJabRef() throws Exception {
    Map<String, Tally> groups = new LinkedHashMap<>();
    Path zotero = shared.resolve("formats/zotero-translators");
    groups.put("zotero MEDLINEnbib", zotero(zotero.resolve("MEDLINEnbib"), "medline"));
    groups.put("zotero OVID_Tagged", zotero(zotero.resolve("OVID_Tagged"), "ovid"));
    groups.put("zotero PubMed_XML", zotero(zotero.resolve("PubMed_XML"), "pubmed-xml"));
    Path jabref = shared.resolve("formats/jabref/importer-fileformat");
    groups.put("jabref MedlinePlain*/Nbib*", jabref(jabref, "medline", medlinePlainCases(jabref)));
    groups.put("jabref Medline*.xml", jabref(jabref, "pubmed-xml", pubmedXmlCases(jabref)));
    groups.put("jabref Ovid*", jabref(jabref, "ovid", ovidCases(jabref)));

    System.out.println(MedlineFieldAgreement.table(groups));
    groups.forEach(
        (g, t) -> t.disagreements().forEach(d -> System.out.println("  " + g + " | " + d)));
    double overall = MedlineFieldAgreement.overall(groups);
    System.out.printf(Locale.ROOT, "overall field agreement %.1f%%%n", overall);
    assertTrue(overall >= FLOOR_PERCENT, "field agreement " + overall + "% < " + FLOOR_PERCENT);
  }

  @Test
  void pubmedExportInAsreviewIsMedlineDespiteItsExtension() throws Exception {
    Path file =
        shared.resolve("formats/asreview-citation-file-formatting/RIS/_baseline_pubmed.ris");
    ImportText text = decode(file);
    CitationImporter importer = REGISTRY.detect(text).orElseThrow();
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
        String sample = decode(f).text();
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

  // ---------------------------------------------------------------- Zotero

  private static Tally zotero(Path folder, String format) throws Exception {
    Tally tally = new Tally();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path input : files.sorted().collect(Collectors.toList())) {
        String name = input.getFileName().toString();
        if (!name.contains(".input.")) {
          continue;
        }
        tally.cases(1);
        String base = name.substring(0, name.indexOf(".input."));
        JsonNode items = JSON.readTree(input.resolveSibling(base + ".expected.json").toFile());
        List<Bibliographic> actual = readAs(input, format, tally, base);
        tally.records(actual.size(), items.size());
        for (int i = 0; i < Math.min(actual.size(), items.size()); i++) {
          tally.compare(base + "#" + (i + 1), zoteroItem(items.get(i)), actual.get(i));
        }
      }
    }
    return tally;
  }

  private static Expected zoteroItem(JsonNode item) {
    List<Author> authors = new ArrayList<>();
    for (JsonNode c : item.path("creators")) {
      if (!c.path("creatorType").asText("author").equals("author")) {
        continue; // editors, contributors: Winnow keeps authors only
      }
      if (c.has("name")) {
        authors.add(new Author(c.path("name").asText(), ""));
      } else {
        authors.add(new Author(c.path("lastName").asText(), c.path("firstName").asText("")));
      }
    }
    String date =
        item.has("date") ? item.path("date").asText() : item.path("issueDate").asText(null);
    return new Expected()
        .set(Name.TITLE, item.path("title").asText(null))
        .authors(authors)
        .set(Name.YEAR, date)
        .set(Name.JOURNAL, item.path("publicationTitle").asText(null))
        .set(Name.VOLUME, item.path("volume").asText(null))
        .set(Name.ISSUE, item.path("issue").asText(null))
        .set(Name.PAGES, item.path("pages").asText(null))
        .set(Name.DOI, item.path("DOI").asText(null))
        .set(Name.ABSTRACT, item.path("abstractNote").asText(null));
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

  private static Tally jabref(Path dir, String format, List<JabrefCase> cases) throws Exception {
    Tally tally = new Tally();
    for (JabrefCase c : cases) {
      if (c.bib() == null || !Files.exists(c.bib())) {
        continue; // robustness cases, checked in jabrefRobustnessCases
      }
      String name = c.input().getFileName().toString();
      tally.cases(1);
      List<Map<String, String>> entries = TinyBibReader.entries(Files.readString(c.bib()));
      List<Bibliographic> actual = readAs(c.input(), format, tally, name);
      tally.records(actual.size(), entries.size());
      for (int i = 0; i < Math.min(actual.size(), entries.size()); i++) {
        tally.compare(name + "#" + (i + 1), bibEntry(entries.get(i)), actual.get(i));
      }
    }
    return tally;
  }

  private static Expected bibEntry(Map<String, String> e) {
    List<String> names = new ArrayList<>();
    if (e.containsKey("author")) {
      names.addAll(List.of(e.get("author").split("\\s+and\\s+")));
    }
    if (e.containsKey("corporate")) {
      names.add(e.get("corporate")); // JabRef keeps MEDLINE's CN apart; Winnow lists it last
    }
    String issue = e.containsKey("issue") ? e.get("issue") : e.get("number");
    return new Expected()
        .set(Name.TITLE, e.get("title"))
        .authors(MedlineFieldAgreement.parseNames(names))
        .set(Name.YEAR, e.get("year"))
        .set(Name.JOURNAL, e.get("journal"))
        .set(Name.VOLUME, e.get("volume"))
        .set(Name.ISSUE, issue)
        .set(Name.PAGES, e.get("pages"))
        .set(Name.DOI, e.get("doi"))
        .set(Name.ABSTRACT, e.get("abstract"));
  }

  // ---------------------------------------------------------------- helpers

  /** Detects and reads a file; a detection or read failure counts against the group. */
  private static List<Bibliographic> readAs(Path input, String format, Tally tally, String name)
      throws IOException {
    ImportText text = decode(input);
    String detected = REGISTRY.detect(text).map(CitationImporter::id).orElse("none");
    tally.detected(detected.equals(format));
    if (!detected.equals(format)) {
      tally.disagreements().add(name + " detected as " + detected + ", not " + format);
    }
    try {
      List<Bibliographic> out = new ArrayList<>();
      for (RecordDraft d : REGISTRY.importer(format).orElseThrow().read(text)) {
        out.add(RecordNormaliser.normalise(d));
      }
      return out;
    } catch (ImportException e) {
      tally.disagreements().add(name + " failed: " + e.getMessage());
      return List.of();
    }
  }

  private static List<RecordDraft> read(Path input) throws Exception {
    ImportText text = decode(input);
    return REGISTRY.detect(text).orElseThrow().read(text);
  }

  private static ImportText decode(Path p) throws IOException {
    return TextDecoder.decode(p.getFileName().toString(), Files.readAllBytes(p));
  }

  private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().startsWith(prefix)
                      && p.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Path sibling(Path p, String suffix) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.length() - suffix.length()) + ".bib");
  }
}
