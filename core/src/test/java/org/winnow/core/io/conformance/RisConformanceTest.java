package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.io.conformance.ConformanceFiles.decode;
import static org.winnow.core.io.conformance.ConformanceFiles.first;
import static org.winnow.core.io.conformance.ConformanceFiles.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.conformance.FieldAgreement.Item;
import org.winnow.core.io.conformance.FieldAgreement.Values;
import org.winnow.core.io.ris.RisImporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.normalise.AuthorNames;
import org.winnow.core.normalise.Pages;

/**
 * The RIS importer over the real exports in {@code ../shared/fixtures/formats}: rispy's and
 * Zotero's expected parses field by field, the asreview exports and the ASySD exports by record
 * count. (The asreview files that hold the same records are compared in {@link
 * ConformanceSummaryTest}.) Prints a table; skips when the shared folder is absent.
 */
class RisConformanceTest {
  /** Overall field agreement required on the cases that come with expected values. */
  private static final double AGREEMENT_FLOOR = 0.95;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RisImporter RIS = new RisImporter();

  /** Per folder (rispy: per file) agreement with the parses that come with the fixtures. */
  static Map<String, FieldAgreement> referenceRows(Path formats) throws Exception {
    Map<String, FieldAgreement> rows = new LinkedHashMap<>();
    rispy(formats.resolve("rispy"), rows);
    Path zotero = formats.resolve("zotero-translators/RIS");
    rows.put("zotero-translators/RIS", ConformanceFiles.zotero(zotero, "ris"));
    return rows;
  }

  @Test
  void casesWithExpectedValuesAgree() throws Exception {
    ConformanceFiles.printAndAssertFloor(
        "RIS: cases with expected values", referenceRows(formats()), AGREEMENT_FLOOR);
  }

  /** rispy's tests/test_parser.py expectations, in rispy's own key names. */
  private static void rispy(Path dir, Map<String, FieldAgreement> rows) throws Exception {
    JsonNode tests = JSON.readTree(dir.resolve("expected_parse.json").toFile());
    for (var it = tests.fields(); it.hasNext(); ) {
      var test = it.next();
      String file = test.getValue().path("file").asText();
      JsonNode expected = test.getValue().path("expected");
      List<Bibliographic> actual = ConformanceFiles.read(RIS, decode(dir.resolve("data/" + file)));
      List<Values> want = new ArrayList<>();
      if (expected.isArray()) {
        assertEquals(expected.size(), actual.size(), "records in " + file);
        expected.forEach(e -> want.add(rispyValues(e)));
      } else {
        actual.forEach(a -> want.add(rispyValues(expected)));
      }
      rows.computeIfAbsent("rispy/" + file, k -> new FieldAgreement())
          .compareCase(test.getKey(), want, actual);
    }
  }

  private static Values rispyValues(JsonNode e) {
    List<Author> authors = new ArrayList<>();
    JsonNode names = e.has("authors") ? e.path("authors") : e.path("first_authors");
    names.forEach(n -> authors.add(AuthorNames.parse(n.asText())));
    return new Values()
        .set(Item.TITLE, first(e, "primary_title", "title"))
        .authors(authors)
        .set(Item.YEAR, first(e, "year", "publication_year"))
        .set(
            Item.JOURNAL,
            first(e, "alternate_title3", "secondary_title", "alternate_title1", "journal_name"))
        .set(Item.VOLUME, first(e, "volume"))
        .set(Item.ISSUE, first(e, "number"))
        .set(Item.PAGES, Pages.fromParts(first(e, "start_page"), first(e, "end_page")))
        .set(Item.DOI, first(e, "doi"))
        .set(Item.ABSTRACT, first(e, "notes_abstract", "abstract"));
  }

  private static final Pattern SOURCES_ROW =
      Pattern.compile("^\\| `RIS/([^`]+)` \\|.*\\| (\\d+) (RIS|MEDLINE) records");

  @Test
  void asreviewExportsHaveTheirRecords() throws Exception {
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
    for (var e : expectedCounts.entrySet()) {
      ImportText text = decode(dir.resolve("RIS").resolve(e.getKey()));
      List<Bibliographic> records = ConformanceFiles.read(RIS, text);
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
    ImportText medline = decode(dir.resolve("RIS").resolve(medlineFile));
    int score = RIS.detect(sample(medline));
    out.append(
        String.format(
            Locale.ROOT,
            "%-36s %8s %8s  detect=%d (MEDLINE, not RIS)%n",
            medlineFile,
            "-",
            "-",
            score));
    System.out.println(out);
    assertTrue(score < 20, "RIS must not claim the MEDLINE file: " + score);
    ImportException error = assertThrows(ImportException.class, () -> RIS.read(medline));
    assertTrue(error.getMessage().contains("MEDLINE"), error.getMessage());
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
    for (var e : expected.entrySet()) {
      ImportText text = decode(dir.resolve(e.getKey()));
      assertEquals("ris", ConformanceFiles.detect(text), "format of " + e.getKey());
      List<Bibliographic> records = ConformanceFiles.read(RIS, text);
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
    for (Bibliographic r : ConformanceFiles.read(RIS, decode(dir.resolve("test_export.ris")))) {
      out.append("  test_export.ris: ").append(r).append('\n');
    }
    System.out.println(out);
  }

  private static String sample(ImportText text) {
    return text.sample();
  }
}
