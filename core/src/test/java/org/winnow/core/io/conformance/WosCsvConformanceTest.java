package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.winnow.core.io.conformance.ConformanceFiles.compareCase;
import static org.winnow.core.io.conformance.ConformanceFiles.importFile;
import static org.winnow.core.io.conformance.ConformanceFiles.list;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.conformance.ConformanceFiles.Imported;
import org.winnow.core.io.conformance.FieldAgreement.Item;
import org.winnow.core.io.conformance.FieldAgreement.Values;
import org.winnow.core.model.Record;

/**
 * The Web of Science tagged and CSV/TSV importers over the real exports in the shared fixtures:
 * Zotero's WoS translator cases (expected JSON), JabRef's ISI files (expected .bib where present,
 * else values read by hand from the file), ASReview's citation-file-formatting CSV/TSV files
 * (record counts; their cross-format agreement is in {@link ConformanceSummaryTest}) and the
 * deduplication benchmark CSVs. Prints one table per part and asserts a floor. Skips when the
 * shared fixtures are absent.
 */
class WosCsvConformanceTest {
  /** Field agreement floor for every table. */
  private static final double FLOOR = 0.95;

  private static Path shared;

  @BeforeAll
  static void sharedFixtures() {
    shared = ConformanceFiles.formats().getParent();
  }

  // ---------------------------------------------------------------- Web of Science tagged

  /** Per folder agreement with the parses that come with the fixtures. */
  static Map<String, FieldAgreement> referenceRows(Path formats) throws Exception {
    Map<String, FieldAgreement> rows = new LinkedHashMap<>();
    Path zotero = formats.resolve("zotero-translators/Web_of_Science_Tagged");
    rows.put("zotero-translators/Web_of_Science_Tagged", ConformanceFiles.zotero(zotero, "wos"));

    Path jabref = formats.resolve("jabref/importer-fileformat");
    FieldAgreement j = new FieldAgreement();
    Map<String, List<Values>> handRead = jabrefIsiReadByHand();
    for (Path input : list(jabref, "", ".isi")) {
      String base = input.getFileName().toString().replace(".isi", "");
      Path bib = jabref.resolve(base + ".bib");
      if (Files.exists(bib)) {
        compareCase(j, base, input, "wos", ConformanceFiles.jabrefExpected(bib));
      } else if (handRead.containsKey(base)) {
        compareCase(j, base, input, "wos", handRead.get(base));
      } else {
        // IsiImporterTestEmpty: not Web of Science at all, must not be detected as such
        assertTrue(!"wos".equals(ConformanceFiles.detect(ConformanceFiles.decode(input))), base);
      }
    }
    rows.put("jabref/IsiImporterTest*.isi", j);
    return rows;
  }

  @Test
  void webOfScienceTaggedAgreesWithReferences() throws Exception {
    ConformanceFiles.printAndAssertFloor(
        "Web of Science tagged", referenceRows(shared.resolve("formats")), FLOOR);
  }

  /**
   * JabRef asserts its ISI results in Java rather than in .bib files; these are the values a
   * careful reader takes from each file (IsiImporterTest2 is deliberately broken: only its titles
   * and first record's authors are unambiguous).
   */
  private static Map<String, List<Values>> jabrefIsiReadByHand() {
    Map<String, List<Values>> m = new HashMap<>();
    String mgo = "Optical properties of MgO doped LiNbO/sub 3/ single crystals";
    String browns = "James Brown; James Marc Brown; Brown, JM; Brown, J; Brown, J.M.; Brown, J.";
    m.put(
        "IsiImporterTest1",
        List.of(
            ref(
                Item.TITLE,
                mgo,
                Item.AUTHORS,
                browns,
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "Optical Materials",
                Item.VOLUME,
                "28",
                Item.ISSUE,
                "5",
                Item.PAGES,
                "467-472")));
    m.put(
        "IsiImporterTest2",
        List.of(
            ref(Item.TITLE, mgo, Item.AUTHORS, browns, Item.YEAR, "2006", Item.VOLUME, "28"),
            ref(Item.TITLE, mgo, Item.AUTHORS, "James Brown", Item.YEAR, "2006"),
            ref(Item.TITLE, mgo, Item.YEAR, "2006", Item.VOLUME, "28")));
    m.put(
        "IsiImporterTestInspec",
        List.of(
            ref(
                Item.TITLE,
                "Second harmonic generation of continuous wave ultraviolet light and production of"
                    + " beta -BaB/sub 2/O/sub 4/ optical waveguides",
                Item.AUTHORS,
                "Degl'Innocenti, R.; Guarino, A.; Poberaj, G.; Gunter, P.",
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "Applied Physics Letters",
                Item.VOLUME,
                "89",
                Item.ISSUE,
                "4",
                Item.DOI,
                "10.1063/1.2234275",
                Item.ABSTRACT,
                "Lorem ipsum abstract"),
            ref(
                Item.TITLE,
                "Optical and photoelectric spectroscopy of photorefractive Sn/sub 2 /P/sub 2/S/sub"
                    + " 6/ crystals",
                Item.AUTHORS,
                "Gamernyk, R.V.; Gnatenko, Yu.P.; Bukivskij, P.M.; Skubenko, P.A.; Slivka, V.Y.",
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "Journal of Physics: Condensed Matter",
                Item.VOLUME,
                "18",
                Item.ISSUE,
                "23",
                Item.PAGES,
                "5323-5331",
                Item.DOI,
                "10.1088/0953-8984/18/23/006")));
    m.put(
        "IsiImporterTestMedline",
        List.of(
            ref(
                Item.TITLE,
                "Effects of modafinil on cognitive performance and alertness during sleep"
                    + " deprivation.",
                Item.AUTHORS,
                "Wesensten, Nancy J",
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "Curr Pharm Des",
                Item.VOLUME,
                "12",
                Item.ISSUE,
                "20",
                Item.PAGES,
                "2457-2471"),
            ref(
                Item.TITLE,
                "Estrogen therapy selectively enhances prefrontal cognitive processes: a randomized,"
                    + " double-blind, placebo-controlled study with functional magnetic resonance"
                    + " imaging in perimenopausal and recently postmenopausal women.",
                Item.AUTHORS,
                "Joffe, Hadine; Hall, Janet E; Gruber, Staci; Sarmiento, Ingrid A; Cohen, Lee S;"
                    + " Yurgelun-Todd, Deborah; Martin, Kathryn A",
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "Menopause",
                Item.VOLUME,
                "13",
                Item.ISSUE,
                "3",
                Item.PAGES,
                "411-422")));
    m.put(
        "IsiImporterTestWOS",
        List.of(
            ref(
                Item.TITLE,
                "Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals",
                Item.AUTHORS,
                "Gamernyk, RV; Gnatenko, YP; Bukivskij, PM; Skubenko, PA; Slivka, VY",
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "JOURNAL OF PHYSICS-CONDENSED MATTER",
                Item.VOLUME,
                "18",
                Item.ISSUE,
                "23",
                Item.PAGES,
                "5323-5331",
                Item.ABSTRACT,
                "Lorem ipsum abstract"),
            ref(
                Item.TITLE,
                "Optical waveguides in Sn2P2S6 by low fluence MeV He+ ion implantation",
                Item.AUTHORS,
                "Guarino, A; Jazbinsek, M; Herzog, C; Degl'Innocenti, R; Poberaj, G; Gunter, P",
                Item.YEAR,
                "2006",
                Item.JOURNAL,
                "OPTICS EXPRESS",
                Item.VOLUME,
                "14",
                Item.ISSUE,
                "6",
                Item.PAGES,
                "2344-2358")));
    return m;
  }

  private static Values ref(Object... pairs) {
    Values v = new Values();
    for (int i = 0; i < pairs.length; i += 2) {
      v.set((Item) pairs[i], (String) pairs[i + 1]);
    }
    return v;
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

  @Test
  void asreviewCsvAndTsvFilesHaveTheirRecords() throws Exception {
    Path dir = shared.resolve("formats/asreview-citation-file-formatting");
    System.out.println("\n=== ASReview citation-file-formatting: CSV/TSV record counts");
    for (Map.Entry<String, Integer> e : new TreeMap<>(ASREVIEW_COUNTS).entrySet()) {
      Imported got = importFile(dir.resolve(e.getKey()));
      List<Record> records = got.records();
      long withTitle = records.stream().filter(r -> r.fields().title() != null).count();
      long withAuthors = records.stream().filter(r -> !r.fields().authors().isEmpty()).count();
      long withId = records.stream().filter(r -> r.fileRecordId() != null).count();
      System.out.printf(
          Locale.ROOT,
          "%-36s records %3d (expected %3d)  title %3d  authors %3d  fileRecordId %3d%n",
          e.getKey(),
          records.size(),
          e.getValue(),
          withTitle,
          withAuthors,
          withId);
      assertEquals("csv", got.format(), "detected format of " + e.getKey());
      assertEquals((int) e.getValue(), records.size(), "records in " + e.getKey());
      assertEquals(records.size(), withTitle, "records without title in " + e.getKey());
    }
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
      assertEquals("csv", got.format());
      assertEquals((int) e.getValue(), got.records().size(), e.getKey());
      Set<String> ids = new HashSet<>();
      for (Record r : got.records()) {
        assertTrue(r.fileRecordId() != null && r.fileRecordId().startsWith("id_"), e.getKey());
        ids.add(r.fileRecordId());
      }
      assertEquals(got.records().size(), ids.size(), "IDs unique in " + e.getKey());
      long withAuthors =
          got.records().stream().filter(r -> !r.fields().authors().isEmpty()).count();
      long authorCells =
          got.records().stream()
              .filter(r -> r.raw().stream().anyMatch(f -> f.tag().equals("author")))
              .count();
      long authors = got.records().stream().mapToLong(r -> r.fields().authors().size()).sum();
      System.out.printf(
          Locale.ROOT,
          "%-9s records %4d  ids %4d  author cell %4d  >=1 author parsed %4d  authors %5d (%.2f"
              + " per record with authors)%n",
          e.getKey(),
          got.records().size(),
          ids.size(),
          authorCells,
          withAuthors,
          authors,
          (double) authors / Math.max(1, withAuthors));
      assertEquals(authorCells, withAuthors, "every author cell parses in " + e.getKey());
      if (e.getKey().equals("diabetes")) {
        got.records().forEach(r -> diabetesById.put(r.fileRecordId(), r));
      }
    }

    // The original ASySD file is latin-1 and names its ID column record_id.
    Path original = shared.resolve("dedup/diabetes/asysd_labelled_test_set.csv");
    Imported asysd = importFile(original);
    assertEquals("windows-1252", asysd.encoding());
    assertEquals(1845, asysd.records().size());
    FieldAgreement a = new FieldAgreement().counted(1, asysd.records().size());
    for (Record r : asysd.records()) {
      Record same =
          diabetesById.get(
              String.format(Locale.ROOT, "id_%07d", Integer.parseInt(r.fileRecordId())));
      assertTrue(same != null, "record_id " + r.fileRecordId());
      a.compare("asysd " + r.fileRecordId(), same.fields(), r.fields());
    }
    ConformanceFiles.printAndAssertFloor(
        "ASySD original (windows-1252) vs records_pre_merged.csv (UTF-8), by ID",
        Map.of("diabetes/asysd_labelled_test_set.csv", a),
        FLOOR);

    Path zoteroCsv = shared.resolve("formats/asysd-exports/zotero_export.csv");
    Imported zotero = importFile(zoteroCsv);
    assertEquals(1233, zotero.records().size(), "zotero_export.csv");
    Imported test = importFile(shared.resolve("formats/asysd-exports/test_export.csv"));
    System.out.printf(
        Locale.ROOT,
        "asysd-exports/zotero_export.csv %d records (%d with authors); test_export.csv %d records%n",
        zotero.records().size(),
        zotero.records().stream().filter(r -> !r.fields().authors().isEmpty()).count(),
        test.records().size());
    assertEquals(3, test.records().size(), "test_export.csv");
  }
}
