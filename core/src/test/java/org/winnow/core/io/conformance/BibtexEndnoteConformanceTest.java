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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.io.bibtex.BibtexImporter;
import org.winnow.core.io.conformance.BibFieldAgreement.Tally;
import org.winnow.core.io.conformance.BibFieldAgreement.Values;
import org.winnow.core.io.endnote.EndnoteXmlImporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.fixtures.Fixtures;

/**
 * BibTeX and EndNote XML over the shared third-party fixtures: Zotero's translator test cases
 * (expected Zotero items), JabRef's EndNote XML cases (expected entries as BibTeX, read with our
 * own BibTeX importer as a cross-check), JabRef's BibTeX encoding cases and the ASySD exports
 * (record counts). Prints a per-folder table of field agreement and asserts a floor. Skips when the
 * shared fixtures are absent.
 */
class BibtexEndnoteConformanceTest {
  /** Overall field agreement below this fails the build. */
  private static final double FLOOR = 0.95;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CitationImporter BIBTEX = new BibtexImporter();
  private static final CitationImporter ENDNOTE = new EndnoteXmlImporter();

  private static Path formats;

  @BeforeAll
  static void sharedFixtures() {
    Assumptions.assumeTrue(Fixtures.shared().isPresent(), "shared fixtures absent");
    formats = Fixtures.shared().get().resolve("formats");
    Assumptions.assumeTrue(Files.isDirectory(formats), "shared fixtures have no formats/");
  }

  @Test
  void fieldAgreementWithReferenceParsers() throws Exception {
    List<String> rows = new ArrayList<>();
    Tally overall = new Tally();

    Path zotero = formats.resolve("zotero-translators");
    Tally zb = new Tally();
    int zbCases = zoteroCases(zotero.resolve("BibTeX"), ".input.bib", BIBTEX, zb);
    rows.add(zb.row("zotero-translators/BibTeX", zbCases));
    Tally ze = new Tally();
    int zeCases = zoteroCases(zotero.resolve("Endnote_XML"), ".input.xml", ENDNOTE, ze);
    rows.add(ze.row("zotero-translators/Endnote_XML", zeCases));

    Path jabref = formats.resolve("jabref/importer-fileformat");
    Tally je = new Tally();
    int jeCases = jabrefEndnoteCases(jabref, je);
    rows.add(je.row("jabref/EndnoteXml*.xml vs .bib", jeCases));
    Tally jb = new Tally();
    int jbCases = jabrefEncodingCases(jabref, jb);
    rows.add(jb.row("jabref/BibTeX encodings", jbCases));

    for (Tally t : List.of(zb, ze, je, jb)) {
      overall.addAll(t);
    }
    rows.add(overall.row("overall", zbCases + zeCases + jeCases + jbCases));

    System.out.println("\nBibTeX / EndNote XML conformance (agreed/compared per field)");
    System.out.println(Tally.header());
    rows.forEach(System.out::println);
    System.out.println("\nDisagreements (first " + overall.disagreements().size() + "):");
    overall.disagreements().forEach(d -> System.out.println("  " + d));

    assertTrue(zbCases >= 24 && zeCases >= 3 && jeCases >= 7, "fixture cases went missing");
    assertTrue(
        overall.rate() >= FLOOR,
        String.format("field agreement %.3f below %.2f", overall.rate(), FLOOR));
  }

  @Test
  void asysdExportsHaveTheirKnownRecordCounts() throws Exception {
    Path asysd = formats.resolve("asysd-exports");
    System.out.println("\nASySD exports: records and share of records with each field");
    System.out.println(
        String.format(
            "%-22s %8s %7s %7s %7s %7s %7s %7s %7s %7s",
            "file",
            "records",
            "title",
            "authors",
            "year",
            "journal",
            "volume",
            "pages",
            "doi",
            "abstract"));
    assertEquals(1000, countAndPrint(asysd.resolve("zotero_export.bib"), "bibtex"));
    assertEquals(3, countAndPrint(asysd.resolve("test_export.bib"), "bibtex"));
    assertEquals(1233, countAndPrint(asysd.resolve("zotero_export.xml"), "endnote-xml"));
    assertEquals(1233, countAndPrint(asysd.resolve("mendeley_export.xml"), "endnote-xml"));
  }

  private static int countAndPrint(Path file, String format) throws IOException, ImportException {
    ImportText text = decode(file);
    FormatRegistry registry = FormatRegistry.standard();
    assertEquals(format, registry.detect(text).map(CitationImporter::id).orElse(null), "format");
    List<Bibliographic> records = read(registry.importer(format).orElseThrow(), text);
    int n = records.size();
    System.out.println(
        String.format(
            "%-22s %8d %7s %7s %7s %7s %7s %7s %7s %7s",
            file.getFileName(),
            n,
            share(records, Bibliographic::title),
            share(records, b -> b.authors().isEmpty() ? null : b.authors()),
            share(records, Bibliographic::year),
            share(records, Bibliographic::journal),
            share(records, Bibliographic::volume),
            share(records, Bibliographic::pages),
            share(records, Bibliographic::doi),
            share(records, Bibliographic::abstractText)));
    return n;
  }

  private static String share(List<Bibliographic> records, Function<Bibliographic, Object> field) {
    long with = records.stream().filter(b -> field.apply(b) != null).count();
    return records.isEmpty() ? "-" : String.format("%.0f%%", 100.0 * with / records.size());
  }

  /** {@code caseNNN.input.ext} against {@code caseNNN.expected.json} (Zotero items). */
  private static int zoteroCases(
      Path folder, String inputSuffix, CitationImporter importer, Tally t) throws Exception {
    int cases = 0;
    for (Path input : list(folder, inputSuffix)) {
      String name = input.getFileName().toString();
      String base = name.substring(0, name.length() - inputSuffix.length());
      JsonNode items = JSON.readTree(Files.readString(folder.resolve(base + ".expected.json")));
      List<Bibliographic> actual = read(importer, decode(input));
      for (int i = 0; i < items.size(); i++) {
        String label = folder.getFileName() + "/" + base + "#" + (i + 1);
        Values expected = zoteroItem(items.get(i));
        if (i < actual.size()) {
          t.compare(label, expected, Values.of(actual.get(i)));
        } else {
          t.missing(label, expected);
        }
      }
      cases++;
    }
    return cases;
  }

  private static Values zoteroItem(JsonNode item) {
    List<Author> authors = new ArrayList<>();
    for (JsonNode c : item.path("creators")) {
      if (!"author".equals(c.path("creatorType").asText())) {
        continue;
      }
      authors.add(
          c.has("name")
              ? new Author(c.path("name").asText(), "")
              : new Author(c.path("lastName").asText(), c.path("firstName").asText()));
    }
    String journal = text(item, "publicationTitle");
    if (journal == null) {
      journal = text(item, "bookTitle");
    }
    if (journal == null) {
      journal = text(item, "proceedingsTitle");
    }
    String date = text(item, "date");
    return new Values()
        .title(text(item, "title"))
        .authors(authors)
        .year(date == null ? null : yearOf(date))
        .journal(journal)
        .volume(text(item, "volume"))
        .issue(text(item, "issue"))
        .pages(text(item, "pages"))
        .doi(text(item, "DOI"))
        .abstractText(text(item, "abstractNote"));
  }

  private static String yearOf(String date) {
    Integer y = org.winnow.core.normalise.Years.from(date);
    return y == null ? null : y.toString();
  }

  private static String text(JsonNode item, String field) {
    JsonNode v = item.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  /** JabRef's {@code EndnoteXml*.xml} against the {@code .bib} beside it, read by our importer. */
  private static int jabrefEndnoteCases(Path folder, Tally t) throws Exception {
    int cases = 0;
    for (Path input : list(folder, ".xml")) {
      String name = input.getFileName().toString();
      if (!name.startsWith("EndnoteXml")) {
        continue;
      }
      Path bib = folder.resolve(name.substring(0, name.length() - 4) + ".bib");
      List<Bibliographic> expected = read(BIBTEX, decode(bib));
      List<Bibliographic> actual = read(ENDNOTE, decode(input));
      for (int i = 0; i < expected.size(); i++) {
        String label = name + "#" + (i + 1);
        Values want = Values.of(expected.get(i));
        if (i < actual.size()) {
          t.compare(label, want, Values.of(actual.get(i)));
        } else {
          t.missing(label, want);
        }
      }
      cases++;
    }
    return cases;
  }

  /**
   * JabRef's encoding cases: the same entry text whatever the bytes (UTF-8, UTF-16 BE/LE with and
   * without byte-order mark, windows-1252 declared or not).
   */
  private static int jabrefEncodingCases(Path folder, Tally t) throws Exception {
    Values umlaut = new Values().title("Ü ist ein Umlaut");
    Values degrees = new Values().abstractText("25° C");
    Values turkey =
        new Values()
            .title("Investigation of the best suture pattern to close a stuffed Christmas turkey")
            .authors(
                List.of(
                    new Author("Verwilghen", "D."),
                    new Author("Busoni", "V."),
                    new Author("van Galen", "G."),
                    new Author("Wilke", "M.")))
            .year("2011")
            .journal("Veterinary Record")
            .volume("169")
            .issue("26")
            .pages("685--686")
            .doi("10.1136/vr.d6221");
    List<Object[]> cases =
        List.of(
            new Object[] {"encoding-us-ascii-with-header.bib", new Values().title("testtitle")},
            new Object[] {"encoding-utf-8-with-header.bib", umlaut},
            new Object[] {"encoding-utf-8-without-header.bib", umlaut},
            new Object[] {"encoding-utf-8-with-header-with-databasetypecomment.bib", umlaut},
            new Object[] {"encoding-utf-8-without-header-with-databasetypecomment.bib", umlaut},
            new Object[] {"encoding-utf-16BE-with-header.bib", umlaut},
            new Object[] {"encoding-utf-16BE-without-header.bib", umlaut},
            new Object[] {"encoding-windows-1252-with-header.bib", degrees},
            new Object[] {"encoding-windows-1252-without-header.bib", degrees},
            new Object[] {
              "encoding-windows-1252-but-utf-8-declared--decoding-fails.bib",
              new Values().authors(List.of(new Author("Last", "Test I.")))
            },
            new Object[] {"tiny-BE-noBOM.bib", turkey},
            new Object[] {"tiny-BE-withBOM.bib", turkey},
            new Object[] {"tiny-LE-noBOM.bib", turkey},
            new Object[] {"tiny-LE-withBOM.bib", turkey},
            new Object[] {
              "BibtexImporter.examples.bib",
              new Values()
                  .title("Git: dezentrale Versionsverwaltung im Team : Grundlagen und Workflows")
                  .authors(List.of(new Author("Preißel", "René")))
                  .year("2016")
            });
    for (Object[] c : cases) {
      String name = (String) c[0];
      List<Bibliographic> actual = read(BIBTEX, decode(folder.resolve(name)));
      assertEquals(name.startsWith("BibtexImporter") ? 4 : 1, actual.size(), name);
      t.compare(name, (Values) c[1], Values.of(actual.get(0)));
    }
    return cases.size();
  }

  private static List<Bibliographic> read(CitationImporter importer, ImportText text)
      throws ImportException {
    List<Bibliographic> out = new ArrayList<>();
    for (RecordDraft d : importer.read(text)) {
      out.add(RecordNormaliser.normalise(d));
    }
    return out;
  }

  private static ImportText decode(Path file) throws IOException {
    return TextDecoder.decode(file.getFileName().toString(), Files.readAllBytes(file));
  }

  private static List<Path> list(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
