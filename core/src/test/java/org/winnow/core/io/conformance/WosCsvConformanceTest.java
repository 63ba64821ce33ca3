package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.io.conformance.CsvFieldAgreement.Name;
import org.winnow.core.model.Record;
import org.winnow.fixtures.Fixtures;

/**
 * The Web of Science tagged and CSV/TSV importers over the real exports in the shared fixtures:
 * Zotero's WoS translator cases (expected JSON), JabRef's ISI files (expected .bib where present,
 * else values read by hand from the file), ASReview's citation-file-formatting CSV/TSV files
 * (record counts, cross-format agreement) and the deduplication benchmark CSVs. Prints one table
 * per part and asserts a floor. Skips when the shared fixtures are absent.
 */
class WosCsvConformanceTest {
  /** Field agreement floor for every table. */
  private static final double FLOOR = 0.95;

  private static final FormatRegistry REGISTRY = FormatRegistry.standard();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path shared;

  @BeforeAll
  static void sharedFixtures() {
    Optional<Path> root = Fixtures.shared();
    assumeTrue(root.isPresent(), "shared fixtures absent");
    shared = root.get();
  }

  // ---------------------------------------------------------------- Web of Science tagged

  @Test
  void webOfScienceTaggedAgreesWithReferences() throws Exception {
    CsvFieldAgreement total = new CsvFieldAgreement();
    List<String> rows = new ArrayList<>();

    Path zotero = shared.resolve("formats/zotero-translators/Web_of_Science_Tagged");
    assumeTrue(Files.isDirectory(zotero), "no " + zotero);
    CsvFieldAgreement z = new CsvFieldAgreement();
    int zCases = 0;
    int zRecords = 0;
    for (Path input : list(zotero, ".input.wos.txt")) {
      zCases++;
      Imported got = importFile(input);
      assertEquals("wos", got.format, "detected format of " + input.getFileName());
      String base = input.getFileName().toString().replace(".input.wos.txt", "");
      JsonNode items = JSON.readTree(zotero.resolve(base + ".expected.json").toFile());
      assertEquals(items.size(), got.records.size(), "records in " + base);
      for (int i = 0; i < items.size(); i++) {
        zRecords++;
        z.compare(
            "zotero/" + base + "#" + (i + 1),
            CsvFieldAgreement.ofZotero(items.get(i)),
            CsvFieldAgreement.of(got.records.get(i).fields()));
      }
    }
    rows.add(z.row("zotero-translators/Web_of_Science_Tagged", zCases + " / " + zRecords));
    total.addAll(z);

    Path jabref = shared.resolve("formats/jabref/importer-fileformat");
    CsvFieldAgreement j = new CsvFieldAgreement();
    int jCases = 0;
    int jRecords = 0;
    Map<String, List<Map<Name, String>>> handRead = jabrefIsiReadByHand();
    for (Path input : list(jabref, ".isi")) {
      String base = input.getFileName().toString().replace(".isi", "");
      Path bib = jabref.resolve(base + ".bib");
      List<Map<Name, String>> expected;
      if (Files.exists(bib)) {
        expected =
            SimpleBibEntries.read(Files.readString(bib)).stream()
                .map(SimpleBibEntries::reference)
                .toList();
      } else if (handRead.containsKey(base)) {
        expected = handRead.get(base);
      } else {
        // IsiImporterTestEmpty: not Web of Science at all, must not be detected as such
        ImportText text = TextDecoder.decode(base, Files.readAllBytes(input));
        assertTrue(REGISTRY.detect(text).map(i -> !i.id().equals("wos")).orElse(true), base);
        continue;
      }
      jCases++;
      Imported got = importFile(input);
      assertEquals("wos", got.format, "detected format of " + base);
      assertEquals(expected.size(), got.records.size(), "records in " + base);
      for (int i = 0; i < expected.size(); i++) {
        jRecords++;
        j.compare(
            "jabref/" + base + "#" + (i + 1),
            expected.get(i),
            CsvFieldAgreement.of(got.records.get(i).fields()));
      }
    }
    rows.add(j.row("jabref/IsiImporterTest*.isi", jCases + " / " + jRecords));
    total.addAll(j);

    print("Web of Science tagged", "cases / recs", rows, total);
    assertTrue(total.rate() >= FLOOR, "WoS field agreement " + total.rate());
  }

  /**
   * JabRef asserts its ISI results in Java rather than in .bib files; these are the values a
   * careful reader takes from each file (IsiImporterTest2 is deliberately broken: only its titles
   * and first record's authors are unambiguous).
   */
  private static Map<String, List<Map<Name, String>>> jabrefIsiReadByHand() {
    Map<String, List<Map<Name, String>>> m = new HashMap<>();
    String mgo = "Optical properties of MgO doped LiNbO/sub 3/ single crystals";
    String browns = "James Brown; James Marc Brown; Brown, JM; Brown, J; Brown, J.M.; Brown, J.";
    m.put(
        "IsiImporterTest1",
        List.of(
            ref(
                Name.TITLE,
                mgo,
                Name.AUTHORS,
                browns,
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "Optical Materials",
                Name.VOLUME,
                "28",
                Name.ISSUE,
                "5",
                Name.PAGES,
                "467-472")));
    m.put(
        "IsiImporterTest2",
        List.of(
            ref(Name.TITLE, mgo, Name.AUTHORS, browns, Name.YEAR, "2006", Name.VOLUME, "28"),
            ref(Name.TITLE, mgo, Name.AUTHORS, "James Brown", Name.YEAR, "2006"),
            ref(Name.TITLE, mgo, Name.YEAR, "2006", Name.VOLUME, "28")));
    m.put(
        "IsiImporterTestInspec",
        List.of(
            ref(
                Name.TITLE,
                "Second harmonic generation of continuous wave ultraviolet light and production of"
                    + " beta -BaB/sub 2/O/sub 4/ optical waveguides",
                Name.AUTHORS,
                "Degl'Innocenti, R.; Guarino, A.; Poberaj, G.; Gunter, P.",
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "Applied Physics Letters",
                Name.VOLUME,
                "89",
                Name.ISSUE,
                "4",
                Name.DOI,
                "10.1063/1.2234275",
                Name.ABSTRACT,
                "Lorem ipsum abstract"),
            ref(
                Name.TITLE,
                "Optical and photoelectric spectroscopy of photorefractive Sn/sub 2 /P/sub 2/S/sub"
                    + " 6/ crystals",
                Name.AUTHORS,
                "Gamernyk, R.V.; Gnatenko, Yu.P.; Bukivskij, P.M.; Skubenko, P.A.; Slivka, V.Y.",
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "Journal of Physics: Condensed Matter",
                Name.VOLUME,
                "18",
                Name.ISSUE,
                "23",
                Name.PAGES,
                "5323-5331",
                Name.DOI,
                "10.1088/0953-8984/18/23/006")));
    m.put(
        "IsiImporterTestMedline",
        List.of(
            ref(
                Name.TITLE,
                "Effects of modafinil on cognitive performance and alertness during sleep"
                    + " deprivation.",
                Name.AUTHORS,
                "Wesensten, Nancy J",
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "Curr Pharm Des",
                Name.VOLUME,
                "12",
                Name.ISSUE,
                "20",
                Name.PAGES,
                "2457-2471"),
            ref(
                Name.TITLE,
                "Estrogen therapy selectively enhances prefrontal cognitive processes: a randomized,"
                    + " double-blind, placebo-controlled study with functional magnetic resonance"
                    + " imaging in perimenopausal and recently postmenopausal women.",
                Name.AUTHORS,
                "Joffe, Hadine; Hall, Janet E; Gruber, Staci; Sarmiento, Ingrid A; Cohen, Lee S;"
                    + " Yurgelun-Todd, Deborah; Martin, Kathryn A",
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "Menopause",
                Name.VOLUME,
                "13",
                Name.ISSUE,
                "3",
                Name.PAGES,
                "411-422")));
    m.put(
        "IsiImporterTestWOS",
        List.of(
            ref(
                Name.TITLE,
                "Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals",
                Name.AUTHORS,
                "Gamernyk, RV; Gnatenko, YP; Bukivskij, PM; Skubenko, PA; Slivka, VY",
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "JOURNAL OF PHYSICS-CONDENSED MATTER",
                Name.VOLUME,
                "18",
                Name.ISSUE,
                "23",
                Name.PAGES,
                "5323-5331",
                Name.ABSTRACT,
                "Lorem ipsum abstract"),
            ref(
                Name.TITLE,
                "Optical waveguides in Sn2P2S6 by low fluence MeV He+ ion implantation",
                Name.AUTHORS,
                "Guarino, A; Jazbinsek, M; Herzog, C; Degl'Innocenti, R; Poberaj, G; Gunter, P",
                Name.YEAR,
                "2006",
                Name.JOURNAL,
                "OPTICS EXPRESS",
                Name.VOLUME,
                "14",
                Name.ISSUE,
                "6",
                Name.PAGES,
                "2344-2358")));
    return m;
  }

  private static Map<Name, String> ref(Object... pairs) {
    Map<Name, String> v = new EnumMap<>(Name.class);
    for (int i = 0; i < pairs.length; i += 2) {
      v.put((Name) pairs[i], (String) pairs[i + 1]);
    }
    return CsvFieldAgreement.ofValues(v);
  }

  // ---------------------------------------------------------------- ASReview CSV / TSV

  /**
   * Records per file. SOURCES.md counts physical "data rows"; three files differ: Embase and its
   * Excel re-save have a 3-line search preamble above the header (10 records, not 13) and abstrackr
   * has a "citations that are not yet labeled" note line between its two sections (10, not 11).
   */
  private static final Map<String, Integer> ASREVIEW_COUNTS =
      Map.ofEntries(
          Map.entry("CSV/_baseline.csv", 100),
          Map.entry("CSV/_baseline_abstrackr.csv", 10),
          Map.entry("CSV/_baseline_cinahl.csv", 10),
          Map.entry("CSV/_baseline_cochrane.csv", 3),
          Map.entry("CSV/_baseline_covidence.csv", 10),
          Map.entry("CSV/_baseline_embase.csv", 10),
          Map.entry("CSV/_baseline_excel.csv", 10),
          Map.entry("CSV/_baseline_googlescholar.csv", 10),
          Map.entry("CSV/_baseline_openalex.csv", 9),
          Map.entry("CSV/_baseline_pubmed.csv", 10),
          Map.entry("CSV/_baseline_rayyan.csv", 10),
          Map.entry("CSV/_baseline_scopus.csv", 10),
          Map.entry("CSV/_baseline_zotero.csv", 10),
          Map.entry("TSV/_baseline.tsv", 100),
          Map.entry("TSV/_baseline_refworks.tsv", 100));

  /**
   * Files holding the same records (SOURCES.md groups, plus the CSVs exported from the same Embase
   * "dinosaur:ti" search): the first file is the reference for the others.
   */
  private static final List<List<String>> ASREVIEW_GROUPS =
      List.of(
          List.of("RIS/_baseline.ris", "CSV/_baseline.csv", "TSV/_baseline.tsv"),
          List.of("CSV/_baseline.csv", "TSV/_baseline.tsv", "TSV/_baseline_refworks.tsv"),
          List.of(
              "RIS/_baseline_embase.ris",
              "CSV/_baseline_rayyan.csv",
              "RIS/_baseline_rayyan.ris",
              "CSV/_baseline_zotero.csv",
              "RIS/_baseline_zotero.ris"),
          List.of(
              "CSV/_baseline_embase.csv",
              "CSV/_baseline_excel.csv",
              "CSV/_baseline_rayyan.csv",
              "CSV/_baseline_zotero.csv",
              "CSV/_baseline_covidence.csv"),
          List.of(
              "RIS/_baseline_covidence_endnote.ris",
              "RIS/_baseline_covidence_mendeley.ris",
              "RIS/_baseline_covidence_refworks.ris",
              "RIS/_baseline_covidence_zotero.ris",
              "CSV/_baseline_covidence.csv"),
          List.of(
              "RIS/_baseline_cochrane_endnote.ris",
              "RIS/_baseline_cochrane_procite.ris",
              "RIS/_baseline_cochrane_refman.ris",
              "CSV/_baseline_cochrane.csv"),
          List.of("RIS/_baseline_cinahl.ris", "CSV/_baseline_cinahl.csv"),
          List.of("RIS/_baseline_googlescholar.ris", "CSV/_baseline_googlescholar.csv"),
          List.of("RIS/_baseline_openalex.ris", "CSV/_baseline_openalex.csv"),
          List.of("RIS/_baseline_pubmed.ris", "CSV/_baseline_pubmed.csv"),
          List.of("RIS/_baseline_scopus.ris", "CSV/_baseline_scopus.csv"));

  @Test
  void asreviewCsvAndTsvFilesImportAndAgreeAcrossFormats() throws Exception {
    Path dir = shared.resolve("formats/asreview-citation-file-formatting");
    assumeTrue(Files.isDirectory(dir), "no " + dir);
    Map<String, Imported> imported = new LinkedHashMap<>();
    List<String> countRows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(ASREVIEW_COUNTS).entrySet()) {
      Imported got = importFile(dir.resolve(e.getKey()));
      imported.put(e.getKey(), got);
      assertEquals("csv", got.format, "detected format of " + e.getKey());
      assertEquals((int) e.getValue(), got.records.size(), "records in " + e.getKey());
      long withTitle = got.records.stream().filter(r -> r.fields().title() != null).count();
      long withAuthors = got.records.stream().filter(r -> !r.fields().authors().isEmpty()).count();
      long withId = got.records.stream().filter(r -> r.fileRecordId() != null).count();
      countRows.add(
          String.format(
              Locale.ROOT,
              "%-36s records %3d (expected %3d)  title %3d  authors %3d  fileRecordId %3d",
              e.getKey(),
              got.records.size(),
              e.getValue(),
              withTitle,
              withAuthors,
              withId));
      assertEquals(got.records.size(), withTitle, "records without title in " + e.getKey());
    }
    System.out.println("\n=== ASReview citation-file-formatting: CSV/TSV record counts");
    countRows.forEach(System.out::println);

    CsvFieldAgreement total = new CsvFieldAgreement();
    List<String> rows = new ArrayList<>();
    for (List<String> group : ASREVIEW_GROUPS) {
      Imported reference = importIfPossible(dir.resolve(group.get(0)), imported, group.get(0));
      if (reference == null) {
        rows.add(
            String.format(Locale.ROOT, "%-44s no importer for %s yet", label(group), group.get(0)));
        continue;
      }
      Map<String, List<Record>> byTitle = byTitle(reference.records);
      for (String other : group.subList(1, group.size())) {
        Imported got = importIfPossible(dir.resolve(other), imported, other);
        if (got == null) {
          rows.add(
              String.format(Locale.ROOT, "%-44s no importer yet", group.get(0) + " = " + other));
          continue;
        }
        CsvFieldAgreement a = new CsvFieldAgreement();
        int matched = 0;
        for (Record r : got.records) {
          List<Record> candidates =
              byTitle.getOrDefault(CsvFieldAgreement.text(r.fields().title()), List.of());
          if (candidates.isEmpty()) {
            continue;
          }
          matched++;
          Map<Name, String> actual = CsvFieldAgreement.of(r.fields());
          // Lens has two papers with one title (a journal article and its abstract): take the
          // reference record that agrees on most fields.
          Map<Name, String> expected = null;
          long bestAgreeing = -1;
          for (Record candidate : candidates) {
            Map<Name, String> fields = new EnumMap<>(CsvFieldAgreement.of(candidate.fields()));
            // only fields both files carry: these exports differ in which fields they include
            fields.keySet().retainAll(actual.keySet());
            long agreeing =
                fields.entrySet().stream()
                    .filter(f -> f.getValue().equals(actual.get(f.getKey())))
                    .count();
            if (agreeing > bestAgreeing) {
              bestAgreeing = agreeing;
              expected = fields;
            }
          }
          a.compare(other, expected, actual);
        }
        rows.add(
            a.row(
                shortName(group.get(0)) + " = " + shortName(other),
                matched + "/" + got.records.size() + " matched"));
        total.addAll(a);
      }
    }
    print("ASReview: same records across files (matched by title)", "records", rows, total);
    assertTrue(total.rate() >= FLOOR, "cross-format agreement " + total.rate());
  }

  private static String label(List<String> group) {
    return shortName(group.get(0)) + " group";
  }

  private static String shortName(String path) {
    return path.replace("_baseline", "")
        .replace("CSV/", "")
        .replace("TSV/", "")
        .replace("RIS/", "");
  }

  private static Imported importIfPossible(Path file, Map<String, Imported> cache, String key)
      throws Exception {
    if (cache.containsKey(key)) {
      return cache.get(key);
    }
    ImportText text = TextDecoder.decode(file.getFileName().toString(), Files.readAllBytes(file));
    Optional<CitationImporter> importer = REGISTRY.detect(text);
    if (importer.isEmpty()) {
      return null;
    }
    Imported got = importFile(file);
    cache.put(key, got);
    return got;
  }

  private static Map<String, List<Record>> byTitle(List<Record> records) {
    Map<String, List<Record>> m = new HashMap<>();
    for (Record r : records) {
      String t = CsvFieldAgreement.text(r.fields().title());
      if (t != null) {
        m.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- dedup benchmarks, ASySD

  @Test
  void dedupBenchmarkCsvsImportFullyWithTheirIds() throws Exception {
    Map<String, Integer> sets = new LinkedHashMap<>();
    sets.put("diabetes", 1845);
    sets.put("cytology", 1856);
    sets.put("stroke", 1292);
    System.out.println("\n=== Dedup benchmark CSVs (records_pre_merged.csv)");
    Map<String, Record> diabetesById = new HashMap<>();
    for (Map.Entry<String, Integer> e : sets.entrySet()) {
      Path file = shared.resolve("dedup").resolve(e.getKey()).resolve("records_pre_merged.csv");
      assumeTrue(Files.exists(file), "no " + file);
      Imported got = importFile(file);
      assertEquals("csv", got.format);
      assertEquals((int) e.getValue(), got.records.size(), e.getKey());
      Set<String> ids = new HashSet<>();
      for (Record r : got.records) {
        assertTrue(r.fileRecordId() != null && r.fileRecordId().startsWith("id_"), e.getKey());
        ids.add(r.fileRecordId());
      }
      assertEquals(got.records.size(), ids.size(), "IDs unique in " + e.getKey());
      long withAuthors = got.records.stream().filter(r -> !r.fields().authors().isEmpty()).count();
      long authorCells =
          got.records.stream()
              .filter(r -> r.raw().stream().anyMatch(f -> f.tag().equals("author")))
              .count();
      long authors = got.records.stream().mapToLong(r -> r.fields().authors().size()).sum();
      System.out.printf(
          Locale.ROOT,
          "%-9s records %4d  ids %4d  author cell %4d  >=1 author parsed %4d  authors %5d (%.2f"
              + " per record with authors)%n",
          e.getKey(),
          got.records.size(),
          ids.size(),
          authorCells,
          withAuthors,
          authors,
          (double) authors / Math.max(1, withAuthors));
      assertEquals(authorCells, withAuthors, "every author cell parses in " + e.getKey());
      if (e.getKey().equals("diabetes")) {
        got.records.forEach(r -> diabetesById.put(r.fileRecordId(), r));
      }
    }

    // The original ASySD file is latin-1 and names its ID column record_id.
    Path original = shared.resolve("dedup/diabetes/asysd_labelled_test_set.csv");
    Imported asysd = importFile(original);
    assertEquals("windows-1252", asysd.encoding);
    assertEquals(1845, asysd.records.size());
    CsvFieldAgreement a = new CsvFieldAgreement();
    for (Record r : asysd.records) {
      Record same =
          diabetesById.get(
              String.format(Locale.ROOT, "id_%07d", Integer.parseInt(r.fileRecordId())));
      assertTrue(same != null, "record_id " + r.fileRecordId());
      a.compare(
          "asysd " + r.fileRecordId(),
          CsvFieldAgreement.of(same.fields()),
          CsvFieldAgreement.of(r.fields()));
    }
    print(
        "ASySD original (windows-1252) vs records_pre_merged.csv (UTF-8), by ID",
        "records",
        List.of(a.row("diabetes/asysd_labelled_test_set.csv", "1845")),
        a);
    assertTrue(a.rate() >= FLOOR, "latin-1 original agreement " + a.rate());

    Path zoteroCsv = shared.resolve("formats/asysd-exports/zotero_export.csv");
    Imported zotero = importFile(zoteroCsv);
    assertEquals(1233, zotero.records.size(), "zotero_export.csv");
    Imported test = importFile(shared.resolve("formats/asysd-exports/test_export.csv"));
    System.out.printf(
        Locale.ROOT,
        "asysd-exports/zotero_export.csv %d records (%d with authors); test_export.csv %d records%n",
        zotero.records.size(),
        zotero.records.stream().filter(r -> !r.fields().authors().isEmpty()).count(),
        test.records.size());
    assertEquals(3, test.records.size(), "test_export.csv");
  }

  // ---------------------------------------------------------------- helpers

  private record Imported(String format, String encoding, List<Record> records) {}

  private static Imported importFile(Path file) throws IOException, ImportException {
    ImportText text = TextDecoder.decode(file.getFileName().toString(), Files.readAllBytes(file));
    CitationImporter importer =
        REGISTRY
            .detect(text)
            .orElseThrow(() -> new AssertionError("no format detected for " + file));
    List<Record> records = new ArrayList<>();
    int position = 1;
    for (RecordDraft d : importer.read(text)) {
      records.add(RecordNormaliser.toRecord(d, position++));
    }
    return new Imported(importer.id(), text.encoding(), records);
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void print(
      String title, String extra, List<String> rows, CsvFieldAgreement total) {
    System.out.println("\n=== " + title);
    System.out.println(CsvFieldAgreement.header("folder / files", extra));
    rows.forEach(System.out::println);
    System.out.println(total.row("TOTAL", total.agreed() + "/" + total.compared()));
    total.disagreements().stream().limit(60).forEach(d -> System.out.println("  differs: " + d));
  }
}
