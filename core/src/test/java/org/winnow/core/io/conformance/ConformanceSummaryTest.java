package org.winnow.core.io.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.core.io.conformance.FieldAgreement.Item;
import org.winnow.core.io.conformance.FieldAgreement.Values;
import org.winnow.core.model.Bibliographic;

/**
 * Every importer at once: one table of field agreement with the reference parses that come with the
 * shared fixtures (Zotero translators, rispy, JabRef), and the asreview collection's groups of
 * files that hold the same records exported by different tools and in different formats. The
 * figures in docs/formats.md come from this test. Skips when the shared fixtures are absent.
 */
class ConformanceSummaryTest {
  /** Overall agreement with the reference parses, over all formats. */
  private static final double REFERENCE_FLOOR = 0.95;

  /** Overall agreement over all equivalence groups. */
  private static final double EQUIVALENCE_FLOOR = 0.95;

  /**
   * Agreement every equivalence group must reach. Lower than the overall floor because the tools
   * themselves change what they pass on, which no importer can undo: Rayyan, RefWorks and PubMed's
   * CSV write the abbreviated journal name where the others write the full one, and CINAHL's CSV
   * appends the publisher's copyright notice to every abstract, so one field in nine differs in the
   * worst group (88.9%). A regression that costs any field across a group falls below this.
   */
  private static final double GROUP_FLOOR = 0.85;

  /** A group of asreview files holding the same records; the first is the reference. */
  private record Group(String name, List<String> files) {}

  /** The equivalence groups of asreview's SOURCES.md. */
  private static final List<Group> GROUPS =
      List.of(
          new Group(
              "Lens baseline (100)",
              List.of(
                  "RIS/_baseline.ris",
                  "CSV/_baseline.csv",
                  "TSV/_baseline.tsv",
                  "TSV/_baseline_refworks.tsv",
                  "RIS/_baseline_citavi.ris")),
          new Group(
              "Embase search via tools (10)",
              List.of(
                  "RIS/_baseline_embase.ris",
                  "CSV/_baseline_embase.csv",
                  "CSV/_baseline_excel.csv",
                  "RIS/_baseline_rayyan.ris",
                  "CSV/_baseline_rayyan.csv",
                  "RIS/_baseline_zotero.ris",
                  "CSV/_baseline_zotero.csv")),
          new Group(
              "Covidence via tools (10)",
              List.of(
                  "RIS/_baseline_covidence_endnote.ris",
                  "RIS/_baseline_covidence_mendeley.ris",
                  "RIS/_baseline_covidence_refworks.ris",
                  "RIS/_baseline_covidence_zotero.ris",
                  "CSV/_baseline_covidence.csv")),
          new Group(
              "Cochrane via tools (3)",
              List.of(
                  "RIS/_baseline_cochrane_endnote.ris",
                  "RIS/_baseline_cochrane_procite.ris",
                  "RIS/_baseline_cochrane_refman.ris",
                  "CSV/_baseline_cochrane.csv")),
          new Group(
              "Mendeley = RefWorks RIS (10)",
              List.of("RIS/_baseline_mendeley.ris", "RIS/_baseline_refworks.ris")),
          new Group(
              "CINAHL RIS = CSV", List.of("RIS/_baseline_cinahl.ris", "CSV/_baseline_cinahl.csv")),
          new Group(
              "Google Scholar RIS = CSV",
              List.of("RIS/_baseline_googlescholar.ris", "CSV/_baseline_googlescholar.csv")),
          new Group(
              "OpenAlex RIS = CSV",
              List.of("RIS/_baseline_openalex.ris", "CSV/_baseline_openalex.csv")),
          new Group(
              "PubMed MEDLINE = CSV",
              List.of("RIS/_baseline_pubmed.ris", "CSV/_baseline_pubmed.csv")),
          new Group(
              "Scopus RIS = CSV", List.of("RIS/_baseline_scopus.ris", "CSV/_baseline_scopus.csv")));

  @Test
  void everyFormatAgreesWithTheReferenceParses() throws Exception {
    Path formats = ConformanceFiles.formats();
    Map<String, FieldAgreement> rows = new LinkedHashMap<>();
    rows.putAll(RisConformanceTest.referenceRows(formats));
    rows.putAll(BibtexEndnoteConformanceTest.referenceRows(formats));
    rows.putAll(WosCsvConformanceTest.referenceRows(formats));
    rows.putAll(MedlineConformanceTest.referenceRows(formats));
    FieldAgreement total =
        ConformanceFiles.printAndAssertFloor(
            "All formats: agreement with reference parses", rows, REFERENCE_FLOOR);
    System.out.println(perFieldLine(total));
  }

  @Test
  void asreviewEquivalenceGroupsAgree() throws Exception {
    Path dir = ConformanceFiles.formats().resolve("asreview-citation-file-formatting");
    Map<String, List<Bibliographic>> read = new HashMap<>();
    Map<String, FieldAgreement> pairs = new LinkedHashMap<>();
    Map<String, FieldAgreement> groups = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (Group g : GROUPS) {
      for (String f : g.files()) {
        read.put(f, ConformanceFiles.importFile(dir.resolve(f)).fields());
      }
      List<Bibliographic> reference = read.get(g.files().get(0));
      FieldAgreement group = new FieldAgreement();
      for (String other : g.files().subList(1, g.files().size())) {
        FieldAgreement pair = sameRecords(other, reference, read.get(other));
        pairs.put(shortName(g.files().get(0)) + " = " + shortName(other), pair);
        group.add(pair);
        if (pair.records() != Math.min(reference.size(), read.get(other).size())) {
          unmatched.add(
              other + ": " + pair.records() + " of " + read.get(other).size() + " matched");
        }
      }
      groups.put(g.name(), group);
    }
    System.out.println(
        FieldAgreement.table(
            "asreview: files holding the same records, each against the group's first", pairs));
    StringBuilder byGroup = new StringBuilder("\n=== asreview equivalence groups\n");
    byGroup.append(FieldAgreement.header()).append('\n');
    groups.forEach((name, g) -> byGroup.append(g.row(name)).append('\n'));
    FieldAgreement total = FieldAgreement.total(groups.values());
    byGroup.append(total.row("ALL GROUPS")).append('\n');
    System.out.println(byGroup);

    assertEquals(List.of(), unmatched, "records not matched by title");
    groups.forEach(
        (name, g) ->
            assertTrue(g.rate() >= GROUP_FLOOR, name + " agreement " + g.rate() + " too low"));
    assertTrue(total.rate() >= EQUIVALENCE_FLOOR, "equivalence agreement " + total.rate());
  }

  /**
   * Compares each record of {@code other} with the reference record of the same title, on the
   * fields both carry (exports differ in which fields they include); the records column counts the
   * matched records. Lens has two papers with one title (an article and its conference abstract):
   * the reference record that agrees on most fields is taken.
   */
  private static FieldAgreement sameRecords(
      String where, List<Bibliographic> reference, List<Bibliographic> other) {
    Map<String, List<Values>> byTitle = new HashMap<>();
    for (Bibliographic r : reference) {
      Values v = Values.of(r);
      byTitle.computeIfAbsent(v.get(Item.TITLE), k -> new ArrayList<>()).add(v);
    }
    FieldAgreement pair = new FieldAgreement();
    int matched = 0;
    for (Bibliographic r : other) {
      Values actual = Values.of(r);
      Values best = null;
      int bestAgreeing = -1;
      for (Values candidate : byTitle.getOrDefault(actual.get(Item.TITLE), List.of())) {
        Values shared = candidate.sharedWith(actual);
        int agreeing = 0;
        for (Item i : Item.values()) {
          agreeing += shared.get(i) != null && shared.get(i).equals(actual.get(i)) ? 1 : 0;
        }
        if (agreeing > bestAgreeing) {
          bestAgreeing = agreeing;
          best = shared;
        }
      }
      if (best != null) {
        matched++;
        pair.compare(where, best, actual);
      }
    }
    return pair.counted(1, matched);
  }

  private static String perFieldLine(FieldAgreement total) {
    StringBuilder s = new StringBuilder("per field:");
    for (Item i : Item.values()) {
      s.append(
          String.format(
              Locale.ROOT,
              " %s %.1f%%",
              i.name().toLowerCase(Locale.ROOT),
              100.0 * total.agreed(i) / Math.max(1, total.compared(i))));
    }
    return s.toString();
  }

  private static String shortName(String path) {
    return path.replace("_baseline", "").replaceFirst("^(RIS|CSV|TSV)/", "");
  }
}
