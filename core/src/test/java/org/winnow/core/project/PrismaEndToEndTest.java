package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;

/**
 * The whole path a review takes to its PRISMA 2020 diagram: two databases, a register and two other
 * methods; deduplication; double title-abstract screening with conflicts; full text with reasons
 * and a report that could not be retrieved; two reports of one study. Every field is asserted.
 */
class PrismaEndToEndTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;

  private static String ris(String id, String title, String author, String year, String page) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - "
        + author
        + "\nPY  - "
        + year
        + "\nJO  - Addiction\nVL  - 10\nSP  - "
        + page
        + "\nER  - \n\n";
  }

  private void importRis(String source, SourceType type, String file, String... records)
      throws Exception {
    TestImports.ris(project, tmp.resolve(file), source, type, "lead", String.join("", records));
  }

  private void both(
      Stage stage, String id, DecisionValue a, String reasonA, DecisionValue b, String reasonB)
      throws Exception {
    screening.decide(stage, id, "Ana", a, reasonA, null, List.of(), "test");
    screening.decide(stage, id, "Ben", b, reasonB, null, List.of(), "test");
  }

  @BeforeEach
  void build() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "lead");
    // MEDLINE: 6 records; Embase: 4 records, 2 of them duplicates of MEDLINE records
    importRis(
        "MEDLINE",
        SourceType.DATABASE,
        "medline.ris",
        ris("m1", "Methadone maintenance in pregnancy: a cohort study", "Jones, K.", "2015", "101"),
        ris(
            "m2",
            "Buprenorphine versus methadone for pregnant women: a trial",
            "Smith, J.",
            "2016",
            "202"),
        ris("m3", "Naloxone distribution in community pharmacies", "Okafor, C.", "2017", "303"),
        ris(
            "m4",
            "Neonatal abstinence syndrome outcomes after rooming-in",
            "Lee, M.",
            "2018",
            "404"),
        ris("m5", "Housing first for homeless adults with addiction", "Garcia, P.", "2019", "505"),
        ris(
            "m6",
            "Perinatal care for women who use drugs: a qualitative study",
            "Brown, A.",
            "2020",
            "606"));
    importRis(
        "Embase",
        SourceType.DATABASE,
        "embase.ris",
        ris("e1", "METHADONE MAINTENANCE IN PREGNANCY: A COHORT STUDY.", "Jones K", "2015", "101"),
        ris(
            "e2",
            "Buprenorphine versus methadone for pregnant women: a trial",
            "Smith J",
            "2016",
            "202"),
        ris(
            "e3",
            "Smoking cessation in pregnancy: a follow-up report",
            "Taylor, R.",
            "2021",
            "707"),
        ris(
            "e4",
            "Perinatal care for women who use drugs: the trial protocol",
            "Brown, A.",
            "2019",
            "12"));
    importRis(
        "ClinicalTrials.gov",
        SourceType.REGISTER,
        "ctgov.ris",
        ris("NCT01", "Contingency management for pregnant smokers", "Kim, S.", "2014", "1"));
    importRis(
        "Citation searching",
        SourceType.CITATION_SEARCH,
        "snowball.ris",
        ris("c1", "Peer support for mothers in recovery", "Rossi, L.", "2012", "909"),
        ris("c2", "Naloxone distribution in community pharmacies", "Okafor, C.", "2017", "303"));
    importRis(
        "Charity website",
        SourceType.WEBSITE,
        "web.ris",
        ris(
            "w1",
            "Service evaluation of a drug and alcohol midwifery team",
            "Patel, N.",
            "2022",
            "1"));
    project.dedup().run("lead", Progress.NONE);

    screening = project.screening();
    screening.addReviewer("Ana", null, "lead");
    screening.addReviewer("Ben", null, "lead");
    screening.addReviewer("Chen", null, "lead");
    // title-abstract: 9 citations from databases and the register
    both(Stage.TITLE_ABSTRACT, "m1", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(Stage.TITLE_ABSTRACT, "m2", DecisionValue.INCLUDE, null, DecisionValue.MAYBE, null);
    both(
        Stage.TITLE_ABSTRACT,
        "m3",
        DecisionValue.EXCLUDE,
        null,
        DecisionValue.INCLUDE,
        null); // conflict
    both(Stage.TITLE_ABSTRACT, "m4", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(Stage.TITLE_ABSTRACT, "m5", DecisionValue.EXCLUDE, null, DecisionValue.EXCLUDE, null);
    both(Stage.TITLE_ABSTRACT, "m6", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(Stage.TITLE_ABSTRACT, "e3", DecisionValue.EXCLUDE, null, DecisionValue.EXCLUDE, null);
    both(Stage.TITLE_ABSTRACT, "e4", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    screening.decide(
        Stage.TITLE_ABSTRACT,
        "NCT01",
        "Ana",
        DecisionValue.INCLUDE,
        null,
        null,
        List.of(),
        "test"); // awaiting
    screening.resolve(
        Stage.TITLE_ABSTRACT, "m3", DecisionValue.INCLUDE, null, "pharmacy setting counts", "Chen");
    // full text: dbr reports m1 m2 m3 m4 m6 e4; other reports c1 w1 (c2 merged into m3)
    screening.markRetrieval("m4", false, "no library access", "lead");
    both(Stage.FULL_TEXT, "m1", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(
        Stage.FULL_TEXT,
        "m2",
        DecisionValue.EXCLUDE,
        "Wrong population",
        DecisionValue.EXCLUDE,
        "Wrong population");
    both(
        Stage.FULL_TEXT,
        "m3",
        DecisionValue.EXCLUDE,
        "Wrong setting",
        DecisionValue.EXCLUDE,
        "Wrong outcomes"); // reasons conflict
    screening.resolve(Stage.FULL_TEXT, "m3", DecisionValue.EXCLUDE, "Wrong setting", null, "Chen");
    both(Stage.FULL_TEXT, "m6", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(Stage.FULL_TEXT, "e4", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(Stage.FULL_TEXT, "c1", DecisionValue.INCLUDE, null, DecisionValue.INCLUDE, null);
    both(
        Stage.FULL_TEXT,
        "w1",
        DecisionValue.EXCLUDE,
        "Wrong study design",
        DecisionValue.EXCLUDE,
        "Wrong study design");
    project
        .prisma()
        .linkStudy(
            List.of("m6", "e4"), "Brown 2019/2020", "lead"); // protocol + results of one trial
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void everyFieldIsDerivedFromTheData() throws Exception {
    Map<String, PrismaField> p = project.prisma().counts();
    assertEquals(10, p.get("database_results").value());
    assertEquals(
        List.of("MEDLINE", "Embase"),
        p.get("database_results").breakdown().stream().map(PrismaField.Part::label).toList());
    assertEquals(6, p.get("database_results").breakdown().get(0).value());
    assertEquals(1, p.get("register_results").value());
    assertEquals(1, p.get("website_results").value());
    assertEquals(0, p.get("organisation_results").value());
    assertEquals(2, p.get("citations_results").value());
    assertEquals(2, p.get("duplicates").value());
    assertEquals(List.of("e1", "e2"), p.get("duplicates").items());
    assertEquals(0, p.get("excluded_automatic").value());
    assertEquals(9, p.get("records_screened").value());
    assertEquals(2, p.get("records_excluded").value());
    assertEquals(1, p.get("screening_awaiting").value());
    assertEquals(List.of("NCT01"), p.get("screening_awaiting").items());
    assertEquals(0, p.get("screening_conflicts").value());
    assertEquals(6, p.get("dbr_sought_reports").value());
    assertEquals(1, p.get("dbr_notretrieved_reports").value());
    assertEquals(5, p.get("dbr_assessed").value());
    assertEquals(2, p.get("dbr_excluded").value());
    assertEquals(
        Map.of("Wrong population", 1L, "Wrong setting", 1L),
        Map.ofEntries(
            p.get("dbr_excluded").breakdown().stream()
                .map(b -> Map.entry(b.label(), b.value()))
                .toArray(Map.Entry[]::new)));
    assertEquals(2, p.get("other_sought_reports").value());
    assertEquals(0, p.get("other_notretrieved_reports").value());
    assertEquals(2, p.get("other_assessed").value());
    assertEquals(1, p.get("other_excluded").value());
    assertEquals("Wrong study design", p.get("other_excluded").breakdown().get(0).label());
    assertEquals(4, p.get("new_reports").value(), "m1, m6, e4, c1");
    assertEquals(3, p.get("new_studies").value(), "m6 and e4 report one study");
    assertEquals(3, p.get("total_studies").value());
    assertEquals(4, p.get("total_reports").value());
    assertTrue(p.get("new_studies").items().stream().anyMatch(s -> s.contains(" + ")));

    org.winnow.core.prisma.PrismaCounts counts = project.prisma().toCounts(p);
    assertEquals(
        List.of(),
        org.winnow.core.prisma.PrismaChecks.check(counts),
        "every identity of the diagram holds");
    assertEquals(org.winnow.core.prisma.PrismaVariant.NEW_WITH_OTHER_METHODS, counts.variant());
  }

  @Test
  void manualFieldsAreMarkedAndDerivedOnesProtected() throws Exception {
    project.prisma().setManual("previous_studies", "12", "lead");
    project.prisma().setManual("previous_reports", "15", "lead");
    Map<String, PrismaField> p = project.prisma().counts();
    assertTrue(p.get("previous_studies").manual());
    assertEquals(15, p.get("total_studies").value());
    assertEquals(19, p.get("total_reports").value());
    assertThrows(
        ProjectException.class, () -> project.prisma().setManual("records_screened", "3", "lead"));
    assertThrows(
        ProjectException.class,
        () -> project.prisma().setManual("previous_studies", "many", "lead"));
  }
}
