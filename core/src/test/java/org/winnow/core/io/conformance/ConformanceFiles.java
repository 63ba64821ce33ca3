package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.io.bibtex.BibtexImporter;
import org.winnow.core.io.conformance.FieldAgreement.Item;
import org.winnow.core.io.conformance.FieldAgreement.Values;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.RawField;
import org.winnow.core.model.Record;
import org.winnow.core.normalise.Text;
import org.winnow.fixtures.Fixtures;

/**
 * The shared third-party fixtures ({@code ../shared/fixtures/formats}) and the reference parses
 * that come with them, read one way for every conformance test: files decoded by {@link
 * TextDecoder}, formats detected by the standard registry, Zotero's expected items and JabRef's
 * expected BibTeX turned into {@link Values}.
 */
final class ConformanceFiles {
  static final FormatRegistry REGISTRY = FormatRegistry.standard();

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Zotero's creator types that are a work's primary creators (what RIS AU and BibTeX author are).
   */
  private static final Set<String> ZOTERO_PRIMARY_CREATORS =
      Set.of("author", "artist", "cartographer", "composer", "director", "inventor", "programmer");

  private static final String ZOTERO_INPUT = ".input.";

  private ConformanceFiles() {}

  /** The shared formats folder; skips the calling test when it is absent. */
  static Path formats() {
    Path shared = Fixtures.shared().orElse(null);
    Assumptions.assumeTrue(
        shared != null && Files.isDirectory(shared.resolve("formats")), "no shared fixtures");
    return shared.resolve("formats");
  }

  static ImportText decode(Path file) throws IOException {
    return TextDecoder.decode(file.getFileName().toString(), Files.readAllBytes(file));
  }

  /** The id of the importer content detection picks, or "none". */
  static String detect(ImportText text) {
    return REGISTRY.detect(text).map(CitationImporter::id).orElse("none");
  }

  static List<Bibliographic> read(CitationImporter importer, ImportText text)
      throws ImportException {
    List<Bibliographic> out = new ArrayList<>();
    for (RecordDraft d : importer.read(text)) {
      out.add(RecordNormaliser.normalise(d));
    }
    return out;
  }

  /** A file read by the importer that content detection picked. */
  record Imported(String format, String encoding, List<Record> records) {
    List<Bibliographic> fields() {
      return records.stream().map(Record::fields).toList();
    }
  }

  static Imported importFile(Path file) throws IOException, ImportException {
    ImportText text = decode(file);
    CitationImporter importer =
        REGISTRY.detect(text).orElseThrow(() -> new AssertionError("no format detected: " + file));
    List<Record> records = new ArrayList<>();
    int position = 1;
    for (RecordDraft d : importer.read(text)) {
      records.add(RecordNormaliser.toRecord(d, position++));
    }
    return new Imported(importer.id(), text.encoding(), records);
  }

  /**
   * One case: content detection must pick {@code format}, the file must hold as many records as the
   * reference, and each record is compared with the reference's in order.
   */
  static void compareCase(
      FieldAgreement tally, String where, Path input, String format, List<Values> expected)
      throws IOException, ImportException {
    Imported got = importFile(input);
    assertEquals(format, got.format(), "detected format of " + where);
    assertEquals(expected.size(), got.records().size(), "records in " + where);
    tally.compareCase(where, expected, got.fields());
  }

  /** Prints the table of {@code rows} and fails when their overall agreement is below a floor. */
  static FieldAgreement printAndAssertFloor(
      String title, Map<String, FieldAgreement> rows, double floor) {
    System.out.println(FieldAgreement.table(title, rows));
    FieldAgreement total = FieldAgreement.total(rows.values());
    assertTrue(
        total.rate() >= floor,
        String.format(Locale.ROOT, "%s: agreement %.4f below %.2f", title, total.rate(), floor));
    return total;
  }

  /** Files in a folder whose names start and end as given, sorted. */
  static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
              })
          .sorted()
          .toList();
    }
  }

  // ---------------------------------------------------------------- Zotero translators

  /**
   * A folder of Zotero translator cases ({@code caseNNN.input.<ext>} beside {@code
   * caseNNN.expected.json}, the items Zotero's translator produces), each read as {@code format}.
   */
  static FieldAgreement zotero(Path folder, String format) throws IOException, ImportException {
    FieldAgreement tally = new FieldAgreement();
    for (Path input : list(folder, "case", "")) {
      String name = input.getFileName().toString();
      if (!name.contains(ZOTERO_INPUT)) {
        continue;
      }
      String base = name.substring(0, name.indexOf(ZOTERO_INPUT));
      JsonNode items = JSON.readTree(input.resolveSibling(base + ".expected.json").toFile());
      List<Values> expected = new ArrayList<>();
      items.forEach(item -> expected.add(zoteroItem(item)));
      compareCase(tally, folder.getFileName() + "/" + base, input, format, expected);
    }
    return tally;
  }

  /** The compared fields of one Zotero item. */
  static Values zoteroItem(JsonNode item) {
    List<Author> authors = new ArrayList<>();
    for (JsonNode c : item.path("creators")) {
      if (ZOTERO_PRIMARY_CREATORS.contains(c.path("creatorType").asText("author"))) {
        authors.add(
            c.has("name")
                ? new Author(c.path("name").asText(), "")
                : new Author(c.path("lastName").asText(), c.path("firstName").asText("")));
      }
    }
    return new Values()
        .set(Item.TITLE, first(item, "title"))
        .authors(authors)
        .set(Item.YEAR, first(item, "date", "issueDate"))
        .set(Item.JOURNAL, first(item, "publicationTitle", "bookTitle", "proceedingsTitle"))
        .set(Item.VOLUME, first(item, "volume"))
        .set(Item.ISSUE, first(item, "issue"))
        .set(Item.PAGES, first(item, "pages"))
        .set(Item.DOI, first(item, "DOI"))
        .set(Item.ABSTRACT, first(item, "abstractNote"));
  }

  /** The first of the named JSON fields that holds text (or an array whose first item does). */
  static String first(JsonNode node, String... keys) {
    for (String k : keys) {
      JsonNode v = node.path(k);
      if (v.isArray() && v.size() > 0) {
        v = v.get(0);
      }
      if ((v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- JabRef

  /**
   * The entries JabRef expects, from the {@code .bib} beside its test input, read with Winnow's own
   * BibTeX importer. JabRef keeps MEDLINE's corporate author (CN) in a field "corporate" of its
   * own; Winnow lists it as the last author, so it is added there.
   */
  static List<Values> jabrefExpected(Path bib) throws IOException, ImportException {
    List<Values> out = new ArrayList<>();
    for (RecordDraft d : new BibtexImporter().read(decode(bib))) {
      Bibliographic b = RecordNormaliser.normalise(d);
      List<Author> authors = new ArrayList<>(b.authors());
      for (RawField f : d.rawFields()) {
        if (f.tag().equalsIgnoreCase("corporate")) {
          authors.add(new Author(Text.stripBraces(f.value()), ""));
        }
      }
      out.add(Values.of(b).authors(authors));
    }
    return out;
  }
}
