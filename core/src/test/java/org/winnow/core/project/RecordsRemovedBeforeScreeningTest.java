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
import org.winnow.core.io.ImportException;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.PreScreeningExclusion.Kind;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.prisma.PrismaBox;
import org.winnow.core.prisma.PrismaChecks;
import org.winnow.core.prisma.PrismaDiagram;
import org.winnow.core.storage.AuditDao;

/**
 * Records removed before screening (automation tools, other reasons) are recorded per record with
 * who and why, leave screening, and PRISMA derives excluded_automatic / excluded_other from them so
 * every identity holds. Also: full-text exclusion reasons in the project's order, and no dangling
 * colon in an empty "Reports excluded" box.
 */
class RecordsRemovedBeforeScreeningTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;
  private ExclusionService exclusions;

  @BeforeEach
  void setUp() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "lead");
    Path lines =
        Files.writeString(
            tmp.resolve("a.lines"),
            "a1|Methadone in pregnancy|2015|\na2|Naloxone kits|2016|\n"
                + "a3|Smoking cessation|2017|\na4|Exercise and mood|2018|\n"
                + "a5|Sleep hygiene|2019|\n");
    new ImportService(project, new FormatRegistry(List.of(new LineImporter()), List.of()))
        .importFiles(
            new ImportRequest(
                List.of(lines), "MEDLINE", SourceType.DATABASE, null, null, null, false, "lead"),
            Progress.NONE);
    screening = project.screening();
    exclusions = project.exclusions();
    screening.addReviewer("Ana Lima", null, "lead");
    screening.addReviewer("Ben Okafor", null, "lead");
  }

  @AfterEach
  void close() {
    project.close();
  }

  private void both(Stage stage, String id, DecisionValue v, String reason) throws Exception {
    for (String r : List.of("Ana Lima", "Ben Okafor")) {
      screening.decide(stage, id, r, v, reason, null, List.of(), "test");
    }
  }

  @Test
  void removalsArePerRecordWithWhoAndWhyAndPrismaDerivesThem() throws Exception {
    Path file = Files.writeString(tmp.resolve("robot.txt"), "record_id\na1\n# flagged twice\na2\n");
    ExclusionService.Change auto =
        exclusions.excludeFromFile(
            file, Kind.AUTOMATIC, "RCT classifier: not an RCT", false, "Kim");
    assertEquals(2, auto.citations());
    exclusions.exclude(List.of("a3"), Kind.OTHER, "retracted", false, "Kim");
    assertEquals(2, screening.items(Stage.TITLE_ABSTRACT).size());
    ProjectException gone =
        assertThrows(
            ProjectException.class,
            () ->
                screening.decide(
                    Stage.TITLE_ABSTRACT,
                    "a1",
                    "Ana Lima",
                    DecisionValue.INCLUDE,
                    null,
                    null,
                    List.of(),
                    "t"));
    assertTrue(gone.getMessage().contains("removed before screening"), gone.getMessage());
    long removedItem =
        project.dedup().clusters().stream()
            .filter(r -> "a1".equals(r.fileRecordId()))
            .findFirst()
            .orElseThrow()
            .citationId();
    assertThrows(
        ProjectException.class,
        () ->
            screening.decide(
                Stage.TITLE_ABSTRACT,
                removedItem,
                "Ana Lima",
                DecisionValue.INCLUDE,
                null,
                null,
                List.of(),
                "window"),
        "the window, deciding by item id, is refused too");

    both(Stage.TITLE_ABSTRACT, "a4", DecisionValue.EXCLUDE, null);
    both(Stage.TITLE_ABSTRACT, "a5", DecisionValue.INCLUDE, null);
    both(Stage.FULL_TEXT, "a5", DecisionValue.INCLUDE, null);

    Map<String, PrismaField> counts = project.prisma().counts();
    PrismaField automatic = counts.get("excluded_automatic");
    assertEquals(2, automatic.value());
    assertFalse(automatic.manual(), "derived, not typed in");
    assertEquals(List.of("a1", "a2"), automatic.items());
    assertEquals("RCT classifier: not an RCT", automatic.breakdown().get(0).label());
    assertEquals(1, counts.get("excluded_other").value());
    assertEquals(2, counts.get("records_screened").value());
    assertTrue(
        PrismaChecks.check(project.prisma().toCounts(counts)).isEmpty(),
        () -> PrismaChecks.check(project.prisma().toCounts(counts)).toString());
    assertTrue(project.prisma().notes(counts).isEmpty());

    // a number typed in for a field that is now derived is refused
    ProjectException typed =
        assertThrows(
            ProjectException.class,
            () -> project.prisma().setManual("excluded_automatic", "7", "lead"));
    assertTrue(typed.getMessage().contains("winnow exclude"), typed.getMessage());

    // undo puts a record back into screening, audited
    exclusions.exclude(List.of("a2"), null, "classifier was wrong", true, "Kim");
    assertTrue(
        screening
            .items(Stage.TITLE_ABSTRACT)
            .contains(screening.itemOf(Stage.TITLE_ABSTRACT, "a2")));
    assertEquals(1, project.prisma().counts().get("excluded_automatic").value());
    List<String> audit = project.database().read(AuditDao::actions);
    assertTrue(audit.contains("exclude-automatic"));
    assertTrue(audit.contains("exclude-other"));
    assertTrue(audit.contains("exclude-undo"));
  }

  @Test
  void badRemovalsChangeNothing() throws Exception {
    both(Stage.TITLE_ABSTRACT, "a4", DecisionValue.EXCLUDE, null);
    ProjectException screened =
        assertThrows(
            ProjectException.class,
            () -> exclusions.exclude(List.of("a1", "a4"), Kind.AUTOMATIC, "robot", false, "Kim"));
    assertTrue(screened.getMessage().contains("screened"), screened.getMessage());
    assertTrue(exclusions.current().isEmpty(), "a1 was not removed either");
    assertThrows(
        ProjectException.class,
        () -> exclusions.exclude(List.of("a1"), Kind.AUTOMATIC, " ", false, "Kim"));
    Path file = Files.writeString(tmp.resolve("bad.txt"), "a1\nnope\n");
    ImportException bad =
        assertThrows(
            ImportException.class,
            () -> exclusions.excludeFromFile(file, Kind.OTHER, "why", false, "Kim"));
    assertTrue(bad.getMessage().contains("bad.txt"), bad.getMessage());
    assertTrue(bad.getMessage().contains("2"), bad.getMessage());
    assertTrue(exclusions.current().isEmpty());
    assertThrows(
        ProjectException.class,
        () -> exclusions.exclude(List.of("a1"), null, "undo what?", true, "Kim"));
  }

  @Test
  void aManualNumberIsReportedForWhatItIs() throws Exception {
    project.prisma().setManual("excluded_other", "3", "lead");
    Map<String, PrismaField> counts = project.prisma().counts();
    assertTrue(counts.get("excluded_other").manual());
    assertTrue(
        project.prisma().notes(counts).get(0).contains("still counted in records_screened"),
        project.prisma().notes(counts).toString());
    exclusions.exclude(List.of("a1"), Kind.OTHER, "retracted", false, "Kim");
    Map<String, PrismaField> now = project.prisma().counts();
    assertEquals(1, now.get("excluded_other").value());
    assertFalse(now.get("excluded_other").manual());
    assertTrue(project.prisma().notes(now).get(0).contains("not used"));
  }

  @Test
  void fullTextReasonsFollowTheProjectsOrderAndAnEmptyBoxHasNoColon() throws Exception {
    PrismaDiagram empty = new PrismaDiagram(project.prisma().toCounts(project.prisma().counts()));
    for (PrismaBox box : empty.boxes()) {
      assertFalse(
          box.text().strip().endsWith(":") && box.text().contains("Reports excluded"), box.text());
    }
    for (String id : List.of("a1", "a2", "a3")) {
      both(Stage.TITLE_ABSTRACT, id, DecisionValue.INCLUDE, null);
    }
    both(Stage.FULL_TEXT, "a1", DecisionValue.EXCLUDE, "Wrong outcomes");
    both(Stage.FULL_TEXT, "a2", DecisionValue.EXCLUDE, "Wrong population");
    both(Stage.FULL_TEXT, "a3", DecisionValue.EXCLUDE, "Wrong outcomes");
    List<String> labels =
        project.prisma().counts().get("dbr_excluded").breakdown().stream()
            .map(PrismaField.Part::label)
            .toList();
    assertEquals(List.of("Wrong population", "Wrong outcomes"), labels);
  }
}
