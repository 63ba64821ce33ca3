package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;

/**
 * Screening decisions survive deduplication: a late merge keeps both citations' decisions (equal
 * ones carry over, different ones become a conflict, and the merge says so), and a split gives each
 * citation its own decisions back. By hand ({@code dedup --resolve A B same}) and automatically (a
 * run after an update import).
 */
class MergedScreeningTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;

  private static String ris(String id, String title, String year, String doi) {
    return "TY  - JOUR\nID  - "
        + id
        + "\nTI  - "
        + title
        + "\nAU  - Zhai, Q. J.\nPY  - "
        + year
        + "\nJO  - Stroke\nVL  - 50\nSP  - 149"
        + (doi == null ? "" : "\nDO  - " + doi)
        + "\nER  - \n\n";
  }

  private void importRis(String name, String... records) throws Exception {
    TestImports.ris(
        project,
        tmp.resolve(name),
        "MEDLINE",
        SourceType.DATABASE,
        "lead",
        String.join("", records));
  }

  @BeforeEach
  void setUp() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "lead");
    screening = project.screening();
    screening.addReviewer("Ana Lima", null, "lead");
    screening.addReviewer("Ben Okafor", null, "lead");
    screening.addReviewer("Chen Wei", "CW", "lead");
  }

  @AfterEach
  void close() {
    project.close();
  }

  private void both(String id, DecisionValue v) throws ProjectException {
    screening.decide(Stage.TITLE_ABSTRACT, id, "Ana Lima", v, null, null, List.of(), "test");
    screening.decide(Stage.TITLE_ABSTRACT, id, "Ben Okafor", v, null, null, List.of(), "test");
  }

  private ItemOutcome outcome(String id) throws ProjectException {
    return screening.outcomes(Stage.TITLE_ABSTRACT).get(screening.itemOf(Stage.TITLE_ABSTRACT, id));
  }

  private void importTwoWorks() throws Exception {
    importRis(
        "m.ris",
        ris("m1", "Stroke unit care for older adults: a randomised trial", "2019", null),
        ris("m2", "Stroke units for older people: trial report", "2019", null),
        ris("m3", "Cervical cytology screening in primary care", "2008", null));
  }

  @Test
  void aLateMergeOfAnIncludeAndAnExcludeIsAConflictAndASplitRestoresBoth() throws Exception {
    importTwoWorks();
    both("m1", DecisionValue.INCLUDE);
    both("m2", DecisionValue.EXCLUDE);

    DedupService.PairDecision merge = project.dedup().decide("m1", "m2", PairVerdict.SAME, "lead");
    assertEquals(0, merge.screening().decisionsCarried());
    assertEquals(1, merge.screening().conflictsCreated());
    assertTrue(merge.result().contains("conflict"), merge.result());

    ItemOutcome merged = outcome("m1");
    assertEquals(ItemStatus.CONFLICT, merged.status(), "the include must not disappear");
    assertTrue(merged.conflict().contains("differently"), merged.conflict());
    assertEquals(1, screening.conflicts(Stage.TITLE_ABSTRACT).size());
    assertEquals(2, screening.items(Stage.TITLE_ABSTRACT).size());

    long citation = screening.itemOf(Stage.TITLE_ABSTRACT, "m1");
    project.dedup().split(citation, "lead");
    assertEquals(ItemStatus.INCLUDED, outcome("m1").status(), "m1's own decisions are back");
    assertEquals(ItemStatus.EXCLUDED, outcome("m2").status(), "and m2's");
  }

  @Test
  void aConflictFromAMergeIsResolvedByTheTeam() throws Exception {
    importTwoWorks();
    both("m1", DecisionValue.INCLUDE);
    both("m2", DecisionValue.EXCLUDE);
    project.dedup().resolve("m1", "m2", PairVerdict.SAME, "lead");
    screening.resolve(
        Stage.TITLE_ABSTRACT, "m2", DecisionValue.INCLUDE, null, "same trial", "Chen Wei");
    assertEquals(ItemStatus.INCLUDED, outcome("m1").status());
    assertEquals(1, screening.fullTextReports().size());
  }

  @Test
  void equalDecisionsCarryOverToTheSurvivingCitation() throws Exception {
    importTwoWorks();
    both("m2", DecisionValue.INCLUDE); // m1 (the surviving, lower id) was never screened
    DedupService.PairDecision merge = project.dedup().decide("m1", "m2", PairVerdict.SAME, "lead");
    assertEquals(2, merge.screening().decisionsCarried());
    assertEquals(0, merge.screening().conflictsCreated());
    ItemOutcome merged = outcome("m1");
    assertEquals(ItemStatus.INCLUDED, merged.status(), "the include was carried over");
    assertEquals(2, merged.decisions().size());
    assertTrue(
        screening.queue(Stage.TITLE_ABSTRACT, "Ana Lima").stream()
            .noneMatch(i -> i == merged.itemId()),
        "nobody screens it again");
    AgreementReport agreement = screening.agreement(Stage.TITLE_ABSTRACT);
    assertEquals(1, agreement.pairs().get(0).kappa().n());
  }

  @Test
  void aReviewersNewDecisionOnTheMergedCitationSettlesTheirPart() throws Exception {
    importTwoWorks();
    both("m1", DecisionValue.INCLUDE);
    both("m2", DecisionValue.EXCLUDE);
    project.dedup().resolve("m1", "m2", PairVerdict.SAME, "lead");
    both("m1", DecisionValue.INCLUDE); // both decide the merged work again
    assertEquals(ItemStatus.INCLUDED, outcome("m1").status());
  }

  @Test
  void anAutomaticMergeAfterAnUpdateImportKeepsDecisions() throws Exception {
    // screening began before deduplication: the same trial came twice in the first export
    importRis(
        "first.ris",
        ris("p1", "Stroke unit care for older adults: a randomised trial", "2019", "10.1/s.1"),
        ris("p2", "Cervical cytology screening in primary care", "2008", null),
        ris("p3", "Stroke Unit Care for Older Adults: A Randomised Trial.", "2019", "10.1/S.1"));
    both("p1", DecisionValue.EXCLUDE);
    both("p3", DecisionValue.INCLUDE);
    both("p2", DecisionValue.EXCLUDE);
    importRis(
        "update.ris", ris("u1", "Exercise for depression in older adults", "2021", "10.1/e.9"));
    DedupService.RunSummary run = project.dedup().run("lead", Progress.NONE);
    assertEquals(1, run.autoMerged());
    assertEquals(1, run.screening().conflictsCreated());
    assertEquals(ItemStatus.CONFLICT, outcome("p1").status());
    assertEquals(ItemStatus.EXCLUDED, outcome("p2").status());
  }

  @Test
  void fullTextDecisionsOfMergedReportsCarryOver() throws Exception {
    importTwoWorks();
    both("m1", DecisionValue.INCLUDE);
    both("m2", DecisionValue.INCLUDE);
    for (String r : List.of("Ana Lima", "Ben Okafor")) {
      screening.decide(Stage.FULL_TEXT, "m2", r, DecisionValue.INCLUDE, null, null, List.of(), "t");
    }
    DedupService.PairDecision merge = project.dedup().decide("m1", "m2", PairVerdict.SAME, "lead");
    assertEquals(4, merge.screening().decisionsCarried(), "2 at title-abstract, 2 at full text");
    assertEquals(1, screening.fullTextReports().size());
    assertEquals(
        ItemStatus.INCLUDED,
        screening.fullTextOutcomes().get(screening.itemOf(Stage.FULL_TEXT, "m1")).status());
    assertEquals(1, project.prisma().counts().get("new_reports").value());
  }

  @Test
  void anIncludedStudyKeepsItsIdentityWhenItsReportIsMergedIntoAnother() throws Exception {
    importTwoWorks();
    both("m2", DecisionValue.INCLUDE);
    for (String r : List.of("Ana Lima", "Ben Okafor")) {
      screening.decide(Stage.FULL_TEXT, "m2", r, DecisionValue.INCLUDE, null, null, List.of(), "t");
    }
    List<IncludedStudy> before = project.studies().included();
    assertEquals(1, before.size());
    project.dedup().decide("m1", "m2", PairVerdict.SAME, "lead"); // m1 survives, never screened
    List<IncludedStudy> after = project.studies().included();
    assertEquals(1, after.size());
    assertEquals(
        before.get(0).id(),
        after.get(0).id(),
        "extraction and appraisal of the study stay with the merged work");
  }
}
