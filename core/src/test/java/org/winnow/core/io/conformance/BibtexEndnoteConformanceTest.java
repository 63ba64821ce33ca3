package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.io.conformance.ConformanceFiles.compareCase;
import static org.winnow.core.io.conformance.ConformanceFiles.decode;
import static org.winnow.core.io.conformance.ConformanceFiles.list;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.bibtex.BibtexImporter;
import org.winnow.core.io.conformance.FieldAgreement.Item;
import org.winnow.core.io.conformance.FieldAgreement.Values;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;

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

  private static final String ZOTERO_BIBTEX = "zotero-translators/BibTeX";
  private static final String ZOTERO_ENDNOTE = "zotero-translators/Endnote_XML";
  private static final String JABREF_ENDNOTE = "jabref/EndnoteXml*.xml vs .bib";
  private static final CitationImporter BIBTEX = new BibtexImporter();

  private static Path formats;

  @BeforeAll
  static void sharedFixtures() {
    formats = ConformanceFiles.formats();
  }

  /** Per folder agreement with the parses that come with the fixtures. */
  static Map<String, FieldAgreement> referenceRows(Path formats) throws Exception {
    Map<String, FieldAgreement> rows = new LinkedHashMap<>();
    Path zotero = formats.resolve("zotero-translators");
    rows.put(ZOTERO_BIBTEX, ConformanceFiles.zotero(zotero.resolve("BibTeX"), "bibtex"));
    rows.put(ZOTERO_ENDNOTE, ConformanceFiles.zotero(zotero.resolve("Endnote_XML"), "endnote-xml"));
    Path jabref = formats.resolve("jabref/importer-fileformat");
    rows.put(JABREF_ENDNOTE, jabrefEndnoteCases(jabref));
    rows.put("jabref/BibTeX encodings", jabrefEncodingCases(jabref));
    return rows;
  }

  @Test
  void fieldAgreementWithReferenceParsers() throws Exception {
    Map<String, FieldAgreement> rows = referenceRows(formats);
    assertTrue(
        rows.get(ZOTERO_BIBTEX).cases() >= 24
            && rows.get(ZOTERO_ENDNOTE).cases() >= 3
            && rows.get(JABREF_ENDNOTE).cases() >= 7,
        "fixture cases went missing");
    ConformanceFiles.printAndAssertFloor("BibTeX / EndNote XML conformance", rows, FLOOR);
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

  private static int countAndPrint(Path file, String format) throws Exception {
    ConformanceFiles.Imported got = ConformanceFiles.importFile(file);
    assertEquals(format, got.format(), "format");
    List<Bibliographic> records = got.fields();
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

  /** JabRef's {@code EndnoteXml*.xml} against the {@code .bib} beside it. */
  private static FieldAgreement jabrefEndnoteCases(Path folder) throws Exception {
    FieldAgreement t = new FieldAgreement();
    for (Path input : list(folder, "EndnoteXml", ".xml")) {
      String name = input.getFileName().toString();
      Path bib = folder.resolve(name.substring(0, name.length() - 4) + ".bib");
      compareCase(t, name, input, "endnote-xml", ConformanceFiles.jabrefExpected(bib));
    }
    return t;
  }

  /**
   * JabRef's encoding cases: the same entry text whatever the bytes (UTF-8, UTF-16 BE/LE with and
   * without byte-order mark, windows-1252 declared or not).
   */
  private static FieldAgreement jabrefEncodingCases(Path folder) throws Exception {
    Values umlaut = new Values().set(Item.TITLE, "Ü ist ein Umlaut");
    Values degrees = new Values().set(Item.ABSTRACT, "25° C");
    Values turkey =
        new Values()
            .set(
                Item.TITLE,
                "Investigation of the best suture pattern to close a stuffed Christmas turkey")
            .authors(
                List.of(
                    new Author("Verwilghen", "D."),
                    new Author("Busoni", "V."),
                    new Author("van Galen", "G."),
                    new Author("Wilke", "M.")))
            .set(Item.YEAR, "2011")
            .set(Item.JOURNAL, "Veterinary Record")
            .set(Item.VOLUME, "169")
            .set(Item.ISSUE, "26")
            .set(Item.PAGES, "685--686")
            .set(Item.DOI, "10.1136/vr.d6221");
    Map<String, Values> cases = new LinkedHashMap<>();
    cases.put("encoding-us-ascii-with-header.bib", new Values().set(Item.TITLE, "testtitle"));
    for (String utf : List.of("utf-8-with", "utf-8-without", "utf-16BE-with", "utf-16BE-without")) {
      cases.put("encoding-" + utf + "-header.bib", umlaut);
    }
    cases.put("encoding-utf-8-with-header-with-databasetypecomment.bib", umlaut);
    cases.put("encoding-utf-8-without-header-with-databasetypecomment.bib", umlaut);
    cases.put("encoding-windows-1252-with-header.bib", degrees);
    cases.put("encoding-windows-1252-without-header.bib", degrees);
    cases.put(
        "encoding-windows-1252-but-utf-8-declared--decoding-fails.bib",
        new Values().authors(List.of(new Author("Last", "Test I."))));
    for (String bom : List.of("BE-noBOM", "BE-withBOM", "LE-noBOM", "LE-withBOM")) {
      cases.put("tiny-" + bom + ".bib", turkey);
    }
    cases.put(
        "BibtexImporter.examples.bib",
        new Values()
            .set(
                Item.TITLE, "Git: dezentrale Versionsverwaltung im Team : Grundlagen und Workflows")
            .authors(List.of(new Author("Preißel", "René")))
            .set(Item.YEAR, "2016"));
    FieldAgreement t = new FieldAgreement();
    for (var c : cases.entrySet()) {
      String name = c.getKey();
      List<Bibliographic> actual = ConformanceFiles.read(BIBTEX, decode(folder.resolve(name)));
      assertEquals(name.startsWith("BibtexImporter") ? 4 : 1, actual.size(), name);
      t.compareCase(name, List.of(c.getValue()), actual);
    }
    return t;
  }
}
