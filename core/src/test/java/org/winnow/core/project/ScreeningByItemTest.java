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
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;

/** Deciding by item id (what the screening window does) and listing one reviewer's decisions. */
class ScreeningByItemTest {
  @TempDir Path tmp;
  private ReviewProject project;
  private ScreeningService screening;
  private List<Long> items;

  @BeforeEach
  void setUp() throws Exception {
    project = TestProjects.create(tmp.resolve("review"), null, "lead");
    Path lines =
        Files.writeString(
            tmp.resolve("a.lines"), "a1|Methadone|2015|\na2|Naloxone|2016|\na3|Smoking|2017|\n");
    new ImportService(project, new FormatRegistry(List.of(new LineImporter()), List.of()))
        .importFiles(
            new ImportRequest(
                List.of(lines), "MEDLINE", SourceType.DATABASE, null, null, null, false, "lead"),
            Progress.NONE);
    screening = project.screening();
    screening.addReviewer("Ana Lima", null, "lead");
    screening.addReviewer("Ben Okafor", null, "lead");
    items = screening.items(Stage.TITLE_ABSTRACT);
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void decidingByItemAppendsLikeDecidingByRecordId() throws Exception {
    long item = items.get(0);
    Decision first =
        screening.decide(
            Stage.TITLE_ABSTRACT,
            item,
            "Ana Lima",
            DecisionValue.INCLUDE,
            null,
            "looks relevant",
            List.of("pregnancy"),
            "window");
    Decision second =
        screening.decide(
            Stage.TITLE_ABSTRACT,
            "a1",
            "Ana Lima",
            DecisionValue.MAYBE,
            null,
            null,
            List.of(),
            "cli");
    assertEquals(item, first.itemId());
    assertEquals("looks relevant", first.note());
    assertEquals(List.of("pregnancy"), first.labels());
    assertTrue(second.id() > first.id(), "a changed mind is a new row");
    assertEquals(
        DecisionValue.MAYBE,
        screening.view(Stage.TITLE_ABSTRACT, item, "Ana Lima").own().value(),
        "the latest decision counts");
  }

  @Test
  void anUnknownItemOrAMissingReasonStoresNothing() {
    assertThrows(
        ProjectException.class,
        () ->
            screening.decide(
                Stage.TITLE_ABSTRACT,
                999_999L,
                "Ana Lima",
                DecisionValue.INCLUDE,
                null,
                null,
                List.of(),
                "window"));
    assertThrows(
        ProjectException.class,
        () ->
            screening.decide(
                Stage.TITLE_ABSTRACT,
                items.get(0),
                "Ana Lima",
                DecisionValue.INCLUDE,
                "Wrong population",
                null,
                List.of(),
                "window"));
    assertTrue(
        screening.outcomes(Stage.TITLE_ABSTRACT).values().stream()
            .allMatch(o -> o.decisions().isEmpty()));
  }

  @Test
  void ownDecisionsNeverHoldAnotherReviewersDecision() throws Exception {
    decide(0, "Ana Lima", DecisionValue.INCLUDE);
    decide(0, "Ana Lima", DecisionValue.EXCLUDE);
    decide(0, "Ben Okafor", DecisionValue.INCLUDE);
    decide(1, "Ben Okafor", DecisionValue.INCLUDE);
    Map<Long, Decision> ana = screening.ownDecisions(Stage.TITLE_ABSTRACT, "Ana Lima");
    assertEquals(List.of(items.get(0)), List.copyOf(ana.keySet()));
    assertEquals(DecisionValue.EXCLUDE, ana.get(items.get(0)).value(), "only the latest");
    assertEquals("Ana Lima", ana.get(items.get(0)).reviewer().name());
    assertFalse(screening.ownDecisions(Stage.FULL_TEXT, "Ana Lima").containsKey(items.get(0)));
  }

  private void decide(int item, String reviewer, DecisionValue value) throws Exception {
    screening.decide(
        Stage.TITLE_ABSTRACT, items.get(item), reviewer, value, null, null, List.of(), "t");
  }
}
