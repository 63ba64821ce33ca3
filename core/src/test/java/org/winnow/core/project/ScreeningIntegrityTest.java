package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.prisma.PrismaChecks;
import org.winnow.core.screening.ItemStatus;
import org.winnow.core.storage.AuditDao;

/**
 * Verbs that must not act on an item in the wrong state (resolving what is not in conflict,
 * deciding a report that was not retrieved), agreement on first independent decisions, and progress
 * that counts only what a reviewer still has to do.
 */
class ScreeningIntegrityTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;

  @BeforeEach
  void setUp() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "lead");
    Path lines =
        Files.writeString(
            tmp.resolve("a.lines"),
            "a1|Methadone in pregnancy|2015|\na2|Naloxone kits|2016|\n"
                + "a3|Smoking cessation|2017|\na4|Exercise and mood|2018|\n");
    new ImportService(project, new FormatRegistry(List.of(new LineImporter()), List.of()))
        .importFiles(
            new ImportRequest(
                List.of(lines), "MEDLINE", SourceType.DATABASE, null, null, null, false, "lead"),
            Progress.NONE);
    screening = project.screening();
    screening.addReviewer("Ana Lima", null, "lead");
    screening.addReviewer("Ben Okafor", null, "lead");
    screening.addReviewer("Chen Wei", "CW", "lead");
  }

  @AfterEach
  void close() {
    project.close();
  }

  private void decide(Stage stage, String id, String reviewer, DecisionValue v, String reason)
      throws ProjectException {
    screening.decide(stage, id, reviewer, v, reason, null, List.of(), "test");
  }

  private ItemStatus status(Stage stage, String id) throws ProjectException {
    Map<Long, org.winnow.core.screening.ItemOutcome> all =
        stage == Stage.FULL_TEXT ? screening.fullTextOutcomes() : screening.outcomes(stage);
    return all.get(screening.itemOf(stage, id)).status();
  }

  private List<String> audit() {
    return project.database().read(AuditDao::actions);
  }

  @Test
  void resolvingNeedsAnOpenConflictOrAnExplicitOverride() throws Exception {
    decide(Stage.TITLE_ABSTRACT, "a1", "Ana Lima", DecisionValue.EXCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a1", "Ben Okafor", DecisionValue.EXCLUDE, null);
    ProjectException e =
        assertThrows(
            ProjectException.class,
            () ->
                screening.resolve(
                    Stage.TITLE_ABSTRACT, "a1", DecisionValue.INCLUDE, null, null, "Chen Wei"));
    assertTrue(e.getMessage().contains("not in conflict"), e.getMessage());
    assertTrue(e.getMessage().contains("--override"), e.getMessage());
    assertEquals(ItemStatus.EXCLUDED, status(Stage.TITLE_ABSTRACT, "a1"), "nothing changed");

    screening.resolve(
        Stage.TITLE_ABSTRACT, "a1", DecisionValue.INCLUDE, null, "lead asked", "Chen Wei", true);
    assertEquals(ItemStatus.INCLUDED, status(Stage.TITLE_ABSTRACT, "a1"));
    assertTrue(audit().contains("resolve-override"), "an override is audited as such");

    // a real conflict resolves without --override, and a resolved conflict can be re-resolved
    decide(Stage.TITLE_ABSTRACT, "a2", "Ana Lima", DecisionValue.INCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a2", "Ben Okafor", DecisionValue.EXCLUDE, null);
    screening.resolve(Stage.TITLE_ABSTRACT, "a2", DecisionValue.INCLUDE, null, null, "Chen Wei");
    screening.resolve(Stage.TITLE_ABSTRACT, "a2", DecisionValue.EXCLUDE, null, null, "Chen Wei");
    assertEquals(ItemStatus.EXCLUDED, status(Stage.TITLE_ABSTRACT, "a2"));
    assertEquals(2, audit().stream().filter(a -> a.equals("resolve")).count());
  }

  private void includeAtTitleAbstract(String... ids) throws ProjectException {
    for (String id : ids) {
      decide(Stage.TITLE_ABSTRACT, id, "Ana Lima", DecisionValue.INCLUDE, null);
      decide(Stage.TITLE_ABSTRACT, id, "Ben Okafor", DecisionValue.INCLUDE, null);
    }
  }

  @Test
  void aReportNotRetrievedLeavesTheQueueAndCannotBeDecided() throws Exception {
    includeAtTitleAbstract("a1", "a2");
    long report = screening.itemOf(Stage.FULL_TEXT, "a1");
    screening.markRetrieval("a1", false, "library could not get it", "lead");
    assertFalse(screening.queue(Stage.FULL_TEXT, "Ana Lima").contains(report));
    assertTrue(screening.next(Stage.FULL_TEXT, "Ana Lima").map(i -> i.itemId() != report).get());
    ProjectException e =
        assertThrows(
            ProjectException.class,
            () -> decide(Stage.FULL_TEXT, "a1", "Ana Lima", DecisionValue.INCLUDE, null));
    assertTrue(e.getMessage().contains("not retrieved"), e.getMessage());
    assertTrue(e.getMessage().contains("--retrieved"), e.getMessage());
    assertFalse(screening.fullTextOutcomes().containsKey(report));

    Map<String, PrismaField> counts = project.prisma().counts();
    assertEquals(1, counts.get("dbr_notretrieved_reports").value());
    assertEquals(1, counts.get("fulltext_awaiting").value(), "only a2 awaits assessment");
    assertEquals(1, counts.get("dbr_awaiting").value());
    assertTrue(
        PrismaChecks.check(project.prisma().toCounts(counts)).isEmpty(),
        () -> PrismaChecks.check(project.prisma().toCounts(counts)).toString());

    // undoing it (retrieved after all) brings it back, audited
    screening.markRetrieval("a1", true, null, "lead");
    assertTrue(screening.queue(Stage.FULL_TEXT, "Ana Lima").contains(report));
    decide(Stage.FULL_TEXT, "a1", "Ana Lima", DecisionValue.INCLUDE, null);
    decide(Stage.FULL_TEXT, "a1", "Ben Okafor", DecisionValue.INCLUDE, null);
    assertEquals(ItemStatus.INCLUDED, status(Stage.FULL_TEXT, "a1"));
    assertTrue(audit().contains("retrieval-undo"), audit().toString());
    Map<String, PrismaField> after = project.prisma().counts();
    assertEquals(0, after.get("dbr_notretrieved_reports").value());
    assertEquals(1, after.get("new_reports").value());
    assertTrue(PrismaChecks.check(project.prisma().toCounts(after)).isEmpty());

    // a report already assessed cannot be marked not retrieved (its decisions would be orphaned)
    ProjectException assessed =
        assertThrows(
            ProjectException.class, () -> screening.markRetrieval("a1", false, null, "lead"));
    assertTrue(assessed.getMessage().contains("already"), assessed.getMessage());
  }

  @Test
  void agreementIsOnFirstIndependentDecisionsAndRevisionsStayVisible() throws Exception {
    // a1: Ana include, Ben exclude (conflict); Ben then sees Ana's decision and revises to include
    decide(Stage.TITLE_ABSTRACT, "a1", "Ana Lima", DecisionValue.INCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a1", "Ben Okafor", DecisionValue.EXCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a2", "Ana Lima", DecisionValue.EXCLUDE, null);
    // a change of mind before the other reviewer decided is still independent
    decide(Stage.TITLE_ABSTRACT, "a2", "Ana Lima", DecisionValue.INCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a2", "Ben Okafor", DecisionValue.INCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a3", "Ana Lima", DecisionValue.EXCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a3", "Ben Okafor", DecisionValue.EXCLUDE, null);
    assertEquals(ItemStatus.CONFLICT, status(Stage.TITLE_ABSTRACT, "a1"));
    decide(Stage.TITLE_ABSTRACT, "a1", "Ben Okafor", DecisionValue.INCLUDE, null);
    assertEquals(ItemStatus.INCLUDED, status(Stage.TITLE_ABSTRACT, "a1"), "outcome follows");

    AgreementReport r = screening.agreement(Stage.TITLE_ABSTRACT);
    AgreementReport.PairKappa pair = r.pairs().get(0);
    assertEquals(3, pair.kappa().n());
    assertEquals(2.0 / 3, pair.kappa().percentAgreement(), 1e-9, "a1 disagreed at first");
    assertEquals(1, r.revisions().size(), "Ben's revision after unblinding is visible");
    AgreementReport.Revision rev = r.revisions().get(0);
    assertEquals("Ben Okafor", rev.reviewer());
    assertEquals(List.of("a1"), rev.recordIds());
    assertEquals(DecisionValue.EXCLUDE, rev.independent());
    assertEquals(DecisionValue.INCLUDE, rev.latest());
    assertTrue(rev.conflictAtFirst());
  }

  @Test
  void aReviewerWhoOnlyResolvesHasNothingRemainingToScreen() throws Exception {
    decide(Stage.TITLE_ABSTRACT, "a1", "Ana Lima", DecisionValue.INCLUDE, null);
    decide(Stage.TITLE_ABSTRACT, "a1", "Ben Okafor", DecisionValue.EXCLUDE, null);
    screening.resolve(Stage.TITLE_ABSTRACT, "a1", DecisionValue.INCLUDE, null, null, "Chen Wei");
    Map<String, ReviewerProgress> byName = new java.util.HashMap<>();
    screening.progress(Stage.TITLE_ABSTRACT).forEach(p -> byName.put(p.reviewer().name(), p));
    assertEquals(3, byName.get("Ana Lima").remaining());
    assertEquals(0, byName.get("Chen Wei").remaining(), "Chen screens only conflicts");
    assertEquals(0, byName.get("Chen Wei").screened());
  }
}
