package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.fixtures.Fixtures;

/**
 * Three reviewers screen real citations (the first 40 of the Kitchenham 2010 set in
 * ../shared/fixtures/screening) through both stages: every outcome rule, the 25% sample, blinding,
 * reason conflicts and their resolution.
 */
class ScreeningScenarioTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;
  private List<String> ids;

  @BeforeEach
  void setUp() throws Exception {
    Path source =
        Fixtures.shared().map(p -> p.resolve("screening/Kitchenham_2010.csv")).orElse(null);
    assumeTrue(source != null && Files.exists(source), "shared fixtures absent");
    Path sample = tmp.resolve("kitchenham-40.csv");
    ids = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(sample, StandardCharsets.UTF_8);
        CSVPrinter out =
            new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader("record_id", "title", "abstract", "year")
                    .build())) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        if (ids.size() == 40) {
          break;
        }
        ids.add(row.get("record_id"));
        out.printRecord(
            row.get("record_id"), row.get("title"), row.get("abstract"), row.get("year"));
      }
    }
    project = TestProjects.create(tmp.resolve("review"), null, "lead");
    project
        .imports()
        .importFiles(
            new ImportRequest(
                List.of(sample), "Scopus", SourceType.DATABASE, null, null, null, false, "lead"),
            Progress.NONE);
    screening = project.screening();
    screening.addReviewer("Ana Lima", null, "lead");
    screening.addReviewer("Ben Okafor", null, "lead");
    screening.addReviewer("Chen Wei", "CW", "lead");
  }

  @AfterEach
  void close() {
    if (project != null) {
      project.close();
    }
  }

  private Path decisions(String name, String... rows) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, "record_id,decision,reason,note\n" + String.join("\n", rows) + "\n");
    return f;
  }

  private ItemOutcome outcome(Stage stage, String id) throws Exception {
    Map<Long, ItemOutcome> all =
        stage == Stage.FULL_TEXT ? screening.fullTextOutcomes() : screening.outcomes(stage);
    return all.get(screening.itemOf(stage, id));
  }

  @Test
  void defaultIsDoubleScreeningAndEveryOutcomeRuleHolds() throws Exception {
    assertEquals(ScreeningPolicy.Mode.DOUBLE, screening.policy(Stage.TITLE_ABSTRACT).mode());
    screening.bulkLoad(
        Stage.TITLE_ABSTRACT,
        "Ana Lima",
        decisions(
            "ana.csv",
            ids.get(0) + ",include,,",
            ids.get(1) + ",exclude,,",
            ids.get(2) + ",include,,",
            ids.get(3) + ",maybe,,",
            ids.get(4) + ",exclude,,"),
        "test");
    assertEquals(
        ItemStatus.AWAITING,
        outcome(Stage.TITLE_ABSTRACT, ids.get(0)).status(),
        "one of two decisions");
    screening.bulkLoad(
        Stage.TITLE_ABSTRACT,
        "Ben Okafor",
        decisions(
            "ben.csv",
            ids.get(0) + ",include,,",
            ids.get(1) + ",exclude,,",
            ids.get(2) + ",exclude,,",
            ids.get(3) + ",include,,",
            ids.get(4) + ",maybe,,"),
        "test");
    assertEquals(ItemStatus.INCLUDED, outcome(Stage.TITLE_ABSTRACT, ids.get(0)).status());
    assertEquals(ItemStatus.EXCLUDED, outcome(Stage.TITLE_ABSTRACT, ids.get(1)).status());
    assertEquals(
        ItemStatus.CONFLICT,
        outcome(Stage.TITLE_ABSTRACT, ids.get(2)).status(),
        "include vs exclude");
    assertEquals(
        ItemStatus.INCLUDED,
        outcome(Stage.TITLE_ABSTRACT, ids.get(3)).status(),
        "maybe counts as include");
    assertEquals(
        ItemStatus.CONFLICT,
        outcome(Stage.TITLE_ABSTRACT, ids.get(4)).status(),
        "maybe vs exclude");

    ProjectException started =
        assertThrows(
            ProjectException.class,
            () ->
                screening.setPolicy(
                    Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.DOUBLE, null, null, false, "lead"));
    assertTrue(started.getMessage().contains("--force"), started.getMessage());
    screening.setPolicy(
        Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.DOUBLE, null, null, false, null, true, "lead");
    assertEquals(
        ItemStatus.CONFLICT,
        outcome(Stage.TITLE_ABSTRACT, ids.get(3)).status(),
        "the setting off: maybe vs include");
    screening.setPolicy(
        Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.DOUBLE, null, null, true, null, true, "lead");

    assertEquals(2, screening.conflicts(Stage.TITLE_ABSTRACT).size());
    screening.resolve(
        Stage.TITLE_ABSTRACT,
        ids.get(2),
        DecisionValue.INCLUDE,
        null,
        "relevant design",
        "Chen Wei");
    ItemOutcome resolved = outcome(Stage.TITLE_ABSTRACT, ids.get(2));
    assertEquals(ItemStatus.INCLUDED, resolved.status());
    assertEquals("third-reviewer", resolved.resolution().method().cliName());
    screening.resolve(
        Stage.TITLE_ABSTRACT,
        ids.get(4),
        DecisionValue.EXCLUDE,
        null,
        "agreed in meeting",
        "Ana Lima");
    assertEquals(
        "consensus", outcome(Stage.TITLE_ABSTRACT, ids.get(4)).resolution().method().cliName());
    assertEquals(0, screening.conflicts(Stage.TITLE_ABSTRACT).size());
  }

  @Test
  void aChangedMindIsANewDecisionAndOnlyTheReviewersOwn() throws Exception {
    screening.decide(
        Stage.TITLE_ABSTRACT,
        ids.get(0),
        "Ana Lima",
        DecisionValue.EXCLUDE,
        null,
        null,
        List.of(),
        "test");
    screening.decide(
        Stage.TITLE_ABSTRACT,
        ids.get(0),
        "Ben Okafor",
        DecisionValue.INCLUDE,
        null,
        null,
        List.of(),
        "test");
    assertEquals(ItemStatus.CONFLICT, outcome(Stage.TITLE_ABSTRACT, ids.get(0)).status());
    screening.decide(
        Stage.TITLE_ABSTRACT,
        ids.get(0),
        "Ana Lima",
        DecisionValue.INCLUDE,
        null,
        "re-read the abstract",
        List.of("rct"),
        "test");
    ItemOutcome o = outcome(Stage.TITLE_ABSTRACT, ids.get(0));
    assertEquals(ItemStatus.INCLUDED, o.status());
    assertEquals(List.of("rct"), o.decisions().get(0).labels());
  }

  @Test
  void anItemTwoOthersFinishedNoLongerAwaitsAThird() throws Exception {
    long item = screening.queue(Stage.TITLE_ABSTRACT, "Chen Wei").get(0);
    String id =
        screening.view(Stage.TITLE_ABSTRACT, item, "Chen Wei").citation().recordIds().get(0);
    for (String who : List.of("Ana Lima", "Ben Okafor")) {
      assertFalse(screening.sessionItem(Stage.TITLE_ABSTRACT, item, "Chen Wei").finishedByOthers());
      screening.decide(
          Stage.TITLE_ABSTRACT, id, who, DecisionValue.INCLUDE, null, null, List.of(), "test");
    }
    assertTrue(screening.sessionItem(Stage.TITLE_ABSTRACT, item, "Chen Wei").finishedByOthers());
    assertFalse(
        screening.sessionItem(Stage.TITLE_ABSTRACT, item, "Ana Lima").finishedByOthers(),
        "her own decision is not another's");
    assertFalse(screening.queue(Stage.TITLE_ABSTRACT, "Chen Wei").contains(item));
  }

  @Test
  void blindingHoldsUntilBothHaveDecided() throws Exception {
    ScreeningItem first = screening.next(Stage.TITLE_ABSTRACT, "Ana Lima").orElseThrow();
    String id = first.citation().recordIds().get(0);
    screening.decide(
        Stage.TITLE_ABSTRACT,
        id,
        "Ben Okafor",
        DecisionValue.EXCLUDE,
        null,
        "off topic",
        List.of(),
        "test");
    ScreeningItem anaBefore = screening.view(Stage.TITLE_ABSTRACT, first.itemId(), "Ana Lima");
    assertTrue(anaBefore.blinded());
    assertTrue(anaBefore.others().isEmpty(), "Ben's decision is hidden from Ana");
    assertNull(anaBefore.status());
    ScreeningItem chen = screening.view(Stage.TITLE_ABSTRACT, first.itemId(), "Chen Wei");
    assertTrue(chen.others().isEmpty(), "and from a reviewer who has not decided");
    screening.decide(
        Stage.TITLE_ABSTRACT, id, "Ana Lima", DecisionValue.INCLUDE, null, null, List.of(), "test");
    ScreeningItem anaAfter = screening.view(Stage.TITLE_ABSTRACT, first.itemId(), "Ana Lima");
    assertFalse(anaAfter.blinded());
    assertEquals("Ben Okafor", anaAfter.others().get(0).reviewer().name());
    assertEquals(ItemStatus.CONFLICT, anaAfter.status());
    assertTrue(
        screening.next(Stage.TITLE_ABSTRACT, "Ana Lima").orElseThrow().itemId() != first.itemId());
  }

  @Test
  void aSeededQuarterIsDoubleScreenedAndReproduces() throws Exception {
    screening.setPolicy(
        Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.SAMPLE, 0.25, 2024L, null, "lead");
    List<Long> items = screening.items(Stage.TITLE_ABSTRACT);
    long doubled =
        screening.outcomes(Stage.TITLE_ABSTRACT).values().stream()
            .filter(o -> o.required() == 2)
            .count();
    assertTrue(doubled >= 4 && doubled <= 18, doubled + " of " + items.size() + " double-screened");
    List<Integer> first =
        screening.outcomes(Stage.TITLE_ABSTRACT).values().stream()
            .map(ItemOutcome::required)
            .toList();
    screening.setPolicy(
        Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.SAMPLE, 0.25, 2025L, null, "lead");
    List<Integer> other =
        screening.outcomes(Stage.TITLE_ABSTRACT).values().stream()
            .map(ItemOutcome::required)
            .toList();
    screening.setPolicy(
        Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.SAMPLE, 0.25, 2024L, null, "lead");
    List<Integer> again =
        screening.outcomes(Stage.TITLE_ABSTRACT).values().stream()
            .map(ItemOutcome::required)
            .toList();
    assertEquals(first, again, "the same seed draws the same sample");
    assertTrue(!first.equals(other), "another seed draws another sample");
    ItemOutcome single =
        screening.outcomes(Stage.TITLE_ABSTRACT).values().stream()
            .filter(o -> o.required() == 1)
            .findFirst()
            .orElseThrow();
    String id = screening.citation(Stage.TITLE_ABSTRACT, single.itemId()).recordIds().get(0);
    screening.decide(
        Stage.TITLE_ABSTRACT, id, "Chen Wei", DecisionValue.EXCLUDE, null, null, List.of(), "test");
    assertEquals(
        ItemStatus.EXCLUDED,
        outcome(Stage.TITLE_ABSTRACT, id).status(),
        "one decision settles a single-screened item");
  }

  @Test
  void fullTextNeedsReasonsAndDifferentReasonsConflict() throws Exception {
    for (String reviewer : List.of("Ana Lima", "Ben Okafor")) {
      screening.bulkLoad(
          Stage.TITLE_ABSTRACT,
          reviewer,
          decisions(
              reviewer + ".csv",
              ids.get(0) + ",include,,",
              ids.get(1) + ",include,,",
              ids.get(2) + ",include,,"),
          "test");
    }
    assertEquals(3, screening.fullTextReports().size());
    ProjectException noReason =
        assertThrows(
            ProjectException.class,
            () ->
                screening.decide(
                    Stage.FULL_TEXT,
                    ids.get(0),
                    "Ana Lima",
                    DecisionValue.EXCLUDE,
                    null,
                    null,
                    List.of(),
                    "test"));
    assertTrue(noReason.getMessage().contains("needs a reason"), noReason.getMessage());
    ImportException badReason =
        assertThrows(
            ImportException.class,
            () ->
                screening.bulkLoad(
                    Stage.FULL_TEXT,
                    "Ana Lima",
                    decisions(
                        "bad.csv",
                        ids.get(0) + ",include,,",
                        ids.get(1) + ",exclude,Not a reason,"),
                    "test"));
    assertEquals(3, badReason.line());
    assertEquals("reason", badReason.field());
    assertEquals(
        0,
        screening.fullTextOutcomes().values().stream()
            .filter(o -> !o.decisions().isEmpty())
            .count(),
        "nothing half-written");

    screening.bulkLoad(
        Stage.FULL_TEXT,
        "Ana Lima",
        decisions(
            "ana-ft.csv",
            ids.get(0) + ",include,,",
            ids.get(1) + ",exclude,Wrong population,",
            ids.get(2) + ",exclude,Wrong outcomes,"),
        "test");
    screening.bulkLoad(
        Stage.FULL_TEXT,
        "Ben Okafor",
        decisions(
            "ben-ft.csv",
            ids.get(0) + ",include,,",
            ids.get(1) + ",exclude,Wrong population,",
            ids.get(2) + ",exclude,Wrong study design,"),
        "test");
    assertEquals(ItemStatus.INCLUDED, outcome(Stage.FULL_TEXT, ids.get(0)).status());
    ItemOutcome agreed = outcome(Stage.FULL_TEXT, ids.get(1));
    assertEquals(ItemStatus.EXCLUDED, agreed.status());
    assertEquals("Wrong population", agreed.reason().label());
    ItemOutcome reasons = outcome(Stage.FULL_TEXT, ids.get(2));
    assertEquals(ItemStatus.CONFLICT, reasons.status());
    assertTrue(reasons.conflict().contains("different exclusion reasons"), reasons.conflict());
    screening.resolve(
        Stage.FULL_TEXT,
        ids.get(2),
        DecisionValue.EXCLUDE,
        "Wrong study design",
        "design is a survey",
        "Chen Wei");
    assertEquals("Wrong study design", outcome(Stage.FULL_TEXT, ids.get(2)).reason().label());

    // an assessed report was retrieved: marking it not retrieved would break PRISMA's counts
    assertThrows(
        ProjectException.class,
        () -> screening.markRetrieval(ids.get(0), false, "paywalled", "lead"));
    Path pdf = FullTextAttachTest.pdf(tmp.resolve("paper.pdf"), 1);
    Path attached = screening.attach(ids.get(1), pdf, "lead");
    assertTrue(Files.exists(attached));
    assertTrue(attached.startsWith(project.folder().resolve(ReviewProject.FULLTEXT_FOLDER)));
  }

  @Test
  void agreementOfEachPairAndAcrossReviewers() throws Exception {
    // 40 items: 15 both include, 5 Ana include / Ben exclude, 3 Ana exclude / Ben include, 17 both
    // exclude. By hand: po = 32/40 = 0.8; pe = 0.5*0.45 + 0.5*0.55 = 0.5; kappa = 0.6; PABAK = 0.6.
    List<String> ana = new ArrayList<>();
    List<String> ben = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String a = i < 20 ? "include" : "exclude";
      String b = i < 15 || (i >= 20 && i < 23) ? "include" : "exclude";
      ana.add(ids.get(i) + "," + a + ",,");
      ben.add(ids.get(i) + "," + b + ",,");
    }
    screening.bulkLoad(
        Stage.TITLE_ABSTRACT, "Ana Lima", decisions("a.csv", ana.toArray(String[]::new)), "test");
    screening.bulkLoad(
        Stage.TITLE_ABSTRACT, "Ben Okafor", decisions("b.csv", ben.toArray(String[]::new)), "test");
    screening.decide(
        Stage.TITLE_ABSTRACT,
        ids.get(0),
        "Chen Wei",
        DecisionValue.INCLUDE,
        null,
        null,
        List.of(),
        "test");
    AgreementReport r = screening.agreement(Stage.TITLE_ABSTRACT);
    assertEquals(List.of("exclude", "include"), r.categories());
    AgreementReport.PairKappa ab = r.pairs().get(0);
    assertEquals("Ana Lima", ab.reviewerA());
    assertEquals("Ben Okafor", ab.reviewerB());
    assertEquals(40, ab.kappa().n());
    assertEquals(0.8, ab.kappa().percentAgreement(), 1e-12);
    assertEquals(0.6, ab.kappa().kappa(), 1e-12);
    assertEquals(0.6, ab.kappa().pabak(), 1e-12);
    assertEquals(17, ab.kappa().table()[0][0]);
    assertEquals(3, ab.kappa().table()[0][1]);
    assertEquals(5, ab.kappa().table()[1][0]);
    assertEquals(15, ab.kappa().table()[1][1]);
    assertTrue(ab.kappa().ciLow() < 0.6 && ab.kappa().ciHigh() > 0.6);
    assertEquals(3, r.pairs().size(), "Ana-Ben, Ana-Chen and Ben-Chen share items");
    assertTrue(r.alpha().alpha() > 0.5 && r.alpha().alpha() < 0.7, "alpha " + r.alpha().alpha());
    assertEquals(40, r.alpha().units());
  }

  @Test
  void aPilotSetIsScreenedByEveryoneFirst() throws Exception {
    screening.setPolicy(
        Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.DOUBLE, null, 7L, null, 5, "lead");
    List<ItemOutcome> all = List.copyOf(screening.outcomes(Stage.TITLE_ABSTRACT).values());
    assertEquals(40, all.size());
    for (int i = 0; i < 5; i++) {
      assertEquals(3, all.get(i).required(), "pilot items need all three reviewers");
    }
    assertEquals(2, all.get(5).required());
    long firstPilot = all.get(0).itemId();
    assertEquals(
        firstPilot, screening.next(Stage.TITLE_ABSTRACT, "Chen Wei").orElseThrow().itemId());
    String id = screening.citation(Stage.TITLE_ABSTRACT, firstPilot).recordIds().get(0);
    screening.decide(
        Stage.TITLE_ABSTRACT, id, "Ana Lima", DecisionValue.INCLUDE, null, null, List.of(), "t");
    screening.decide(
        Stage.TITLE_ABSTRACT, id, "Ben Okafor", DecisionValue.INCLUDE, null, null, List.of(), "t");
    assertEquals(ItemStatus.AWAITING, outcome(Stage.TITLE_ABSTRACT, id).status());
    screening.decide(
        Stage.TITLE_ABSTRACT, id, "Chen Wei", DecisionValue.INCLUDE, null, null, List.of(), "t");
    assertEquals(ItemStatus.INCLUDED, outcome(Stage.TITLE_ABSTRACT, id).status());
  }

  @Test
  void progressCountsPerReviewer() throws Exception {
    screening.bulkLoad(
        Stage.TITLE_ABSTRACT,
        "Ana Lima",
        decisions("ana.csv", ids.get(0) + ",include,,", ids.get(1) + ",exclude,,"),
        "test");
    ReviewerProgress ana = screening.progress(Stage.TITLE_ABSTRACT).get(0);
    assertEquals(2, ana.screened());
    assertEquals(38, ana.remaining());
    ReviewerProgress ben = screening.progress(Stage.TITLE_ABSTRACT).get(1);
    assertEquals(0, ben.screened());
    assertEquals(40, ben.remaining());
  }
}
