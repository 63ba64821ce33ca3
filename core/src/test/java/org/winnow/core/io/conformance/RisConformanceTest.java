package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.io.conformance.FieldAgreement.Item;
import org.winnow.core.io.ris.RisImporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.normalise.AuthorNames;
import org.winnow.core.normalise.Pages;
import org.winnow.fixtures.Fixtures;

/**
 * The RIS importer over the real exports in {@code ../shared/fixtures/formats}: rispy's and
 * Zotero's expected parses field by field, the asreview cross-tool exports by record count and by
 * agreement between tools that exported the same records, and the ASySD exports by record count.
 * Prints a table; skips when the shared folder is absent.
 */
class RisConformanceTest {
  /** Overall field agreement required on the cases that come with expected values. */
  private static final double AGREEMENT_FLOOR = 0.95;

  /**
   * Agreement required between tools that exported the same records; the tools themselves differ
   * (Citavi drops name particles, Rayyan writes abbreviated journal names in T2).
   */
  private static final double CROSS_TOOL_FLOOR = 0.90;

  /** Zotero's creator types that RIS AU/A1 map to; editors, translators and the like are not. */
  private static final Set<String> ZOTERO_PRIMARY_CREATORS =
      Set.of("author", "artist", "cartographer", "composer", "director", "inventor", "programmer");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RisImporter RIS = new RisImporter();

  private static Path formats() {
    Path shared = Fixtures.shared().orElse(null);
    Assumptions.assumeTrue(
        shared != null && Files.isDirectory(shared.resolve("formats")), "no shared fixtures");
    return shared.resolve("formats");
  }

  private static ImportText text(Path file) throws IOException {
    return TextDecoder.decode(file.getFileName().toString(), Files.readAllBytes(file));
  }

  private static List<Bibliographic> parse(Path file) throws IOException, ImportException {
    List<Bibliographic> out = new ArrayList<>();
    for (RecordDraft d : RIS.read(text(file))) {
      out.add(RecordNormaliser.normalise(d));
    }
    return out;
  }

  @Test
  void casesWithExpectedValuesAgree() throws Exception {
    Path formats = formats();
    Map<String, FieldAgreement> rows = new LinkedHashMap<>();
    Map<String, int[]> sizes = new LinkedHashMap<>();
    rispy(formats.resolve("rispy"), rows, sizes);
    zotero(formats.resolve("zotero-translators/RIS"), rows, sizes);

    FieldAgreement total = new FieldAgreement();
    int cases = 0;
    int records = 0;
    StringBuilder table = new StringBuilder("\nRIS conformance: cases with expected values\n");
    table.append(FieldAgreement.header()).append('\n');
    for (var e : rows.entrySet()) {
      int[] size = sizes.get(e.getKey());
      table.append(e.getValue().row(e.getKey(), size[0], size[1])).append('\n');
      total.add(e.getValue());
      cases += size[0];
      records += size[1];
    }
    table.append(total.row("TOTAL", cases, records)).append('\n');
    table.append("disagreements:\n");
    total.disagreements().forEach(d -> table.append("  ").append(d).append('\n'));
    System.out.println(table);
    assertTrue(
        total.rate() >= AGREEMENT_FLOOR,
        String.format(
            Locale.ROOT, "field agreement %.3f below %.2f", total.rate(), AGREEMENT_FLOOR));
  }

  /** rispy's tests/test_parser.py expectations, in rispy's own key names. */
  private static void rispy(Path dir, Map<String, FieldAgreement> rows, Map<String, int[]> sizes)
      throws Exception {
    JsonNode tests = JSON.readTree(dir.resolve("expected_parse.json").toFile());
    for (var it = tests.fields(); it.hasNext(); ) {
      var test = it.next();
      String file = test.getValue().path("file").asText();
      JsonNode expected = test.getValue().path("expected");
      List<Bibliographic> actual = parse(dir.resolve("data").resolve(file));
      String label = "rispy/" + file;
      FieldAgreement row = rows.computeIfAbsent(label, k -> new FieldAgreement());
      int[] size = sizes.computeIfAbsent(label, k -> new int[2]);
      size[0]++;
      size[1] += actual.size();
      if (expected.isArray()) {
        assertEquals(expected.size(), actual.size(), "records in " + file);
        for (int i = 0; i < expected.size(); i++) {
          compareRispy(row, test.getKey() + "#" + (i + 1), expected.get(i), actual.get(i));
        }
      } else {
        for (int i = 0; i < actual.size(); i++) {
          compareRispy(row, test.getKey() + "#" + (i + 1), expected, actual.get(i));
        }
      }
    }
  }

  private static void compareRispy(
      FieldAgreement row, String where, JsonNode e, Bibliographic actual) {
    row.compare(Item.TITLE, where, first(e, "primary_title", "title"), actual.title());
    List<Author> authors = new ArrayList<>();
    JsonNode names = e.has("authors") ? e.path("authors") : e.path("first_authors");
    names.forEach(n -> authors.add(AuthorNames.parse(n.asText())));
    row.compareAuthors(where, authors, actual.authors());
    row.compare(Item.YEAR, where, first(e, "year", "publication_year"), year(actual));
    row.compare(
        Item.JOURNAL,
        where,
        first(e, "alternate_title3", "secondary_title", "alternate_title1", "journal_name"),
        actual.journal());
    row.compare(Item.VOLUME, where, first(e, "volume"), actual.volume());
    row.compare(Item.ISSUE, where, first(e, "number"), actual.issue());
    row.compare(
        Item.PAGES,
        where,
        Pages.fromParts(first(e, "start_page"), first(e, "end_page")),
        actual.pages());
    row.compare(Item.DOI, where, first(e, "doi"), actual.doi());
    row.compare(
        Item.ABSTRACT, where, first(e, "notes_abstract", "abstract"), actual.abstractText());
  }

  /** Zotero's RIS.js test cases, in Zotero's item model. */
  private static void zotero(Path dir, Map<String, FieldAgreement> rows, Map<String, int[]> sizes)
      throws Exception {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(dir)) {
      inputs =
          s.filter(p -> p.getFileName().toString().endsWith(".input.ris"))
              .sorted()
              .collect(Collectors.toList());
    }
    String label = "zotero-translators/RIS";
    FieldAgreement row = rows.computeIfAbsent(label, k -> new FieldAgreement());
    int[] size = sizes.computeIfAbsent(label, k -> new int[2]);
    for (Path input : inputs) {
      String name = input.getFileName().toString().replace(".input.ris", "");
      JsonNode items = JSON.readTree(dir.resolve(name + ".expected.json").toFile());
      List<Bibliographic> actual = parse(input);
      size[0]++;
      size[1] += actual.size();
      assertEquals(items.size(), actual.size(), "records in " + name);
      for (int i = 0; i < items.size(); i++) {
        compareZotero(row, name + "#" + (i + 1), items.get(i), actual.get(i));
      }
    }
  }

  private static void compareZotero(
      FieldAgreement row, String where, JsonNode item, Bibliographic actual) {
    row.compare(Item.TITLE, where, first(item, "title"), actual.title());
    List<Author> authors = new ArrayList<>();
    for (JsonNode c : item.path("creators")) {
      if (ZOTERO_PRIMARY_CREATORS.contains(c.path("creatorType").asText())) {
        authors.add(
            c.has("name")
                ? new Author(c.path("name").asText(), "")
                : new Author(c.path("lastName").asText(), c.path("firstName").asText()));
      }
    }
    row.compareAuthors(where, authors, actual.authors());
    row.compare(Item.YEAR, where, first(item, "date", "issueDate"), year(actual));
    row.compare(Item.JOURNAL, where, first(item, "publicationTitle"), actual.journal());
    row.compare(Item.VOLUME, where, first(item, "volume"), actual.volume());
    row.compare(Item.ISSUE, where, first(item, "issue"), actual.issue());
    row.compare(Item.PAGES, where, first(item, "pages"), actual.pages());
    row.compare(Item.DOI, where, first(item, "DOI"), actual.doi());
    row.compare(Item.ABSTRACT, where, first(item, "abstractNote"), actual.abstractText());
  }

  private static final Pattern SOURCES_ROW =
      Pattern.compile("^\\| `RIS/([^`]+)` \\|.*\\| (\\d+) (RIS|MEDLINE) records");

  /** Groups of asreview files that hold the same records exported by different tools. */
  private static final List<List<String>> SAME_RECORDS =
      List.of(
          List.of("_baseline_embase.ris", "_baseline_rayyan.ris", "_baseline_zotero.ris"),
          List.of(
              "_baseline_covidence_endnote.ris",
              "_baseline_covidence_mendeley.ris",
              "_baseline_covidence_refworks.ris",
              "_baseline_covidence_zotero.ris"),
          List.of(
              "_baseline_cochrane_endnote.ris",
              "_baseline_cochrane_procite.ris",
              "_baseline_cochrane_refman.ris"),
          List.of("_baseline_mendeley.ris", "_baseline_refworks.ris"),
          List.of("_baseline.ris", "_baseline_citavi.ris"));

  @Test
  void asreviewExportsHaveTheirRecordsAndToolsAgree() throws Exception {
    Path dir = formats().resolve("asreview-citation-file-formatting");
    Map<String, Integer> expectedCounts = new LinkedHashMap<>();
    String medlineFile = null;
    for (String line : Files.readAllLines(dir.resolve("SOURCES.md"))) {
      Matcher m = SOURCES_ROW.matcher(line);
      if (m.find()) {
        if (m.group(3).equals("MEDLINE")) {
          medlineFile = m.group(1);
        } else {
          expectedCounts.put(m.group(1), Integer.valueOf(m.group(2)));
        }
      }
    }
    assertEquals(24, expectedCounts.size(), "RIS rows in SOURCES.md");
    StringBuilder out = new StringBuilder("\nRIS conformance: asreview exports\n");
    out.append(
        String.format(
            Locale.ROOT, "%-36s %8s %8s  %s%n", "file", "expected", "read", "first title"));
    Map<String, List<Bibliographic>> parsed = new LinkedHashMap<>();
    for (var e : expectedCounts.entrySet()) {
      Path file = dir.resolve("RIS").resolve(e.getKey());
      ImportText text = text(file);
      List<Bibliographic> records = parse(file);
      parsed.put(e.getKey(), records);
      String title = records.isEmpty() ? null : records.get(0).title();
      out.append(
          String.format(
              Locale.ROOT,
              "%-36s %8d %8d  %s%n",
              e.getKey(),
              e.getValue(),
              records.size(),
              title == null ? "-" : title.length() > 70 ? title.substring(0, 67) + "..." : title));
      assertEquals(e.getValue(), records.size(), "records in " + e.getKey());
      assertTrue(RIS.detect(sample(text)) >= 90, "detected " + e.getKey());
      assertNotNull(title, "first title of " + e.getKey());
      long untitled = records.stream().filter(r -> r.title() == null).count();
      assertEquals(0, untitled, "records without a title in " + e.getKey());
    }

    assertNotNull(medlineFile, "MEDLINE row in SOURCES.md");
    ImportText medline = text(dir.resolve("RIS").resolve(medlineFile));
    int score = RIS.detect(sample(medline));
    out.append(
        String.format(
            Locale.ROOT,
            "%-36s %8s %8s  detect=%d (MEDLINE, not RIS)%n",
            medlineFile,
            "-",
            "-",
            score));
    assertTrue(score < 20, "RIS must not claim the MEDLINE file: " + score);
    ImportException error = assertThrows(ImportException.class, () -> RIS.read(medline));
    assertTrue(error.getMessage().contains("MEDLINE"), error.getMessage());

    out.append(
        "\nsame records exported by different tools (first file as reference, matched by title)\n");
    out.append(FieldAgreement.header()).append('\n');
    FieldAgreement all = new FieldAgreement();
    for (List<String> group : SAME_RECORDS) {
      List<Bibliographic> reference = parsed.get(group.get(0));
      Map<String, Bibliographic> byTitle = new LinkedHashMap<>();
      reference.forEach(r -> byTitle.put(FieldAgreement.text(r.title()), r));
      for (String other : group.subList(1, group.size())) {
        FieldAgreement row = new FieldAgreement();
        int matched = 0;
        for (Bibliographic r : parsed.get(other)) {
          Bibliographic ref = byTitle.get(FieldAgreement.text(r.title()));
          if (ref != null) {
            matched++;
            row.compareAll(other, ref, r);
          }
        }
        out.append(row.row(other + " vs " + shortName(group.get(0)), 1, matched)).append('\n');
        all.add(row);
        if (!other.equals("_baseline_citavi.ris")) {
          assertEquals(reference.size(), matched, other + " records matched by title");
        }
      }
    }
    out.append(all.row("TOTAL", SAME_RECORDS.size(), 0)).append('\n');
    out.append("differences between tools:\n");
    all.disagreements().forEach(d -> out.append("  ").append(d).append('\n'));
    System.out.println(out);
    assertTrue(all.rate() >= CROSS_TOOL_FLOOR, "agreement between tools " + all.rate());
  }

  @Test
  void asysdExportsHaveTheirRecords() throws Exception {
    Path dir = formats().resolve("asysd-exports");
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("zotero_export.ris", 1000);
    expected.put("ris_export.txt", 69);
    expected.put("wos_test.ris", 50);
    expected.put("scopus.ris", 10);
    expected.put("test_export.ris", 3);
    StringBuilder out = new StringBuilder("\nRIS conformance: ASySD exports\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%-20s %8s %8s %8s %8s %8s %8s%n",
            "file",
            "expected",
            "read",
            "title",
            "authors",
            "year",
            "doi"));
    FormatRegistry registry = FormatRegistry.standard();
    for (var e : expected.entrySet()) {
      Path file = dir.resolve(e.getKey());
      ImportText text = text(file);
      assertEquals("ris", registry.detect(text).orElseThrow().id(), "format of " + e.getKey());
      List<Bibliographic> records = parse(file);
      out.append(
          String.format(
              Locale.ROOT,
              "%-20s %8d %8d %8d %8d %8d %8d%n",
              e.getKey(),
              e.getValue(),
              records.size(),
              records.stream().filter(r -> r.title() != null).count(),
              records.stream().filter(r -> !r.authors().isEmpty()).count(),
              records.stream().filter(r -> r.year() != null).count(),
              records.stream().filter(r -> r.doi() != null).count()));
      assertEquals(e.getValue(), records.size(), "records in " + e.getKey());
    }
    for (Bibliographic r : parse(dir.resolve("test_export.ris"))) {
      out.append("  test_export.ris: ").append(r).append('\n');
    }
    System.out.println(out);
  }

  private static String sample(ImportText text) {
    String t = text.text();
    return t.length() > FormatRegistry.DETECTION_SAMPLE_CHARS
        ? t.substring(0, FormatRegistry.DETECTION_SAMPLE_CHARS)
        : t;
  }

  private static String shortName(String file) {
    return file.replace("_baseline_", "").replace(".ris", "");
  }

  private static String year(Bibliographic b) {
    return b.year() == null ? null : b.year().toString();
  }

  private static String first(JsonNode node, String... keys) {
    for (String k : keys) {
      JsonNode v = node.path(k);
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
      if (v.isArray() && v.size() > 0 && v.get(0).isTextual()) {
        return v.get(0).asText();
      }
    }
    return null;
  }
}
