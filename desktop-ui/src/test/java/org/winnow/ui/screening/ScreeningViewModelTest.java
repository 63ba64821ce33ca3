package org.winnow.ui.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningItem;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/** The screening view model on a real project, every task on the test's thread. */
class ScreeningViewModelTest {
  @TempDir Path tmp;
  private Session session;
  private ScreeningViewModel model;
  private List<String> ids;

  @BeforeEach
  void open() throws Exception {
    session = ScreeningFixture.open(tmp);
    ids = ScreeningFixture.ids();
    model = new ScreeningViewModel(new AppContext(session, TaskRunner.sameThread()));
    model.start();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private ReviewProject project() {
    return session.project();
  }

  private Map<Long, Decision> own(String reviewer) throws Exception {
    return project().screening().ownDecisions(Stage.TITLE_ABSTRACT, reviewer);
  }

  @Test
  void startsWithTheFirstReviewersQueueAndTheFirstItem() throws Exception {
    assertEquals(ScreeningFixture.ANA, model.reviewerProperty().get().name());
    assertEquals(12, model.totalProperty().get());
    assertEquals(0, model.screenedProperty().get());
    ScreeningItem first = model.itemProperty().get();
    assertEquals(
        project()
            .screening()
            .queue(Stage.TITLE_ABSTRACT, ScreeningFixture.ANA, null, true)
            .items()
            .get(0),
        first.itemId());
    assertEquals("Item 1 of 12 in this session", model.positionProperty().get());
    assertTrue(first.blinded());
  }

  @Test
  void eachDecisionIsStoredWithItsNoteAndLabelsAndMovesOn() throws Exception {
    long first = model.itemProperty().get().itemId();
    model.noteProperty().set("buprenorphine vs methadone");
    model.labelsProperty().set("NAS; cohort");
    model.decide(DecisionValue.INCLUDE, null);
    model.decide(DecisionValue.EXCLUDE, null);
    model.decide(DecisionValue.MAYBE, null);
    Map<Long, Decision> mine = own(ScreeningFixture.ANA);
    assertEquals(3, mine.size());
    Decision d = mine.get(first);
    assertEquals(DecisionValue.INCLUDE, d.value());
    assertEquals("buprenorphine vs methadone", d.note());
    assertEquals(List.of("NAS", "cohort"), d.labels());
    assertEquals(3, model.screenedProperty().get());
    assertEquals("Item 4 of 12 in this session", model.positionProperty().get());
    assertEquals("", model.noteProperty().get(), "the next item starts without a note");
    assertEquals(3, model.screenedRows().size());
    assertEquals(first, model.screenedRows().get(2).itemId(), "the latest decision first");
  }

  @Test
  void anItemTwoOthersFinishDuringTheSessionIsPassedOver() throws Exception {
    List<Long> queue =
        project().screening().queue(Stage.TITLE_ABSTRACT, ScreeningFixture.ANA, null, true).items();
    assertEquals(queue.get(0), model.itemProperty().get().itemId());
    // while Ana reads the first item, Ben and Chen finish the third one (another computer)
    String third =
        project()
            .screening()
            .view(Stage.TITLE_ABSTRACT, queue.get(2), ScreeningFixture.BEN)
            .citation()
            .recordIds()
            .get(0);
    for (String other : List.of(ScreeningFixture.BEN, ScreeningFixture.CHEN)) {
      ScreeningFixture.decide(
          project(), Stage.TITLE_ABSTRACT, third, other, DecisionValue.EXCLUDE, null);
    }
    model.decide(DecisionValue.INCLUDE, null);
    assertEquals(queue.get(1), model.itemProperty().get().itemId());
    model.decide(DecisionValue.EXCLUDE, null);
    assertEquals(queue.get(3), model.itemProperty().get().itemId(), "the third is passed over");
    assertTrue(
        model
            .messageProperty()
            .get()
            .endsWith(
                "passed over an item others have finished" + " screening since this session began"),
        model.messageProperty().get());
    assertEquals("Item 4 of 12 in this session", model.positionProperty().get());
    model.previous();
    assertEquals(queue.get(1), model.itemProperty().get().itemId(), "and passed going back");
    assertFalse(own(ScreeningFixture.ANA).containsKey(queue.get(2)));
  }

  @Test
  void anotherReviewersDecisionStaysHiddenUntilBothDecided() throws Exception {
    for (String id : ids) {
      ScreeningFixture.decide(
          project(), Stage.TITLE_ABSTRACT, id, ScreeningFixture.BEN, DecisionValue.EXCLUDE, null);
    }
    model.openSession();
    long firstShown = model.itemProperty().get().itemId();
    for (int i = 0; i < 5; i++) {
      ScreeningItem shown = model.itemProperty().get();
      assertTrue(shown.blinded());
      assertTrue(shown.others().isEmpty(), "Ben's decision is hidden");
      assertNull(shown.status());
      model.decide(DecisionValue.INCLUDE, null);
    }
    model.reopen(firstShown);
    ScreeningItem reopened = model.itemProperty().get();
    assertFalse(reopened.blinded(), "both decided: the outcome may be seen");
    assertEquals(ScreeningFixture.BEN, reopened.others().get(0).reviewer().name());
    assertTrue(
        model.screenedRows().stream().allMatch(r -> r.value() == DecisionValue.INCLUDE),
        "the screened list shows Ana's decisions only");
  }

  @Test
  void undoAppendsTheReplacedDecisionOrShowsAFirstDecisionAgain() throws Exception {
    long first = model.itemProperty().get().itemId();
    model.decide(DecisionValue.INCLUDE, null);
    model.undo();
    assertEquals(first, model.itemProperty().get().itemId(), "back to the item");
    assertEquals(
        DecisionValue.INCLUDE,
        own(ScreeningFixture.ANA).get(first).value(),
        "a first decision cannot be deleted");
    assertTrue(model.messageProperty().get().contains("never deleted"));
    model.decide(DecisionValue.EXCLUDE, null);
    assertEquals(DecisionValue.EXCLUDE, own(ScreeningFixture.ANA).get(first).value());
    model.undo();
    Decision restored = own(ScreeningFixture.ANA).get(first);
    assertEquals(DecisionValue.INCLUDE, restored.value(), "the replaced decision again");
    assertEquals(first, model.itemProperty().get().itemId());
    assertEquals(DecisionValue.INCLUDE, model.itemProperty().get().own().value());
    assertEquals(1, model.screenedProperty().get(), "still one item screened");
    assertFalse(model.canUndoProperty().get());
  }

  @Test
  void previousAndNextWalkTheSessionAndShowOwnDecisions() throws Exception {
    long first = model.itemProperty().get().itemId();
    model.decide(DecisionValue.MAYBE, null);
    long second = model.itemProperty().get().itemId();
    model.previous();
    assertEquals(first, model.itemProperty().get().itemId());
    assertEquals(DecisionValue.MAYBE, model.itemProperty().get().own().value());
    model.next();
    assertEquals(second, model.itemProperty().get().itemId());
    model.previous();
    model.previous();
    assertEquals(first, model.itemProperty().get().itemId(), "nothing before the first");
  }

  @Test
  void passingTheLastItemSaysDoneAndReopeningWorksFromThere() throws Exception {
    List<Long> seen = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      seen.add(model.itemProperty().get().itemId());
      model.decide(DecisionValue.EXCLUDE, null);
    }
    assertNull(model.itemProperty().get());
    assertTrue(model.doneProperty().get());
    assertEquals(12, model.screenedProperty().get());
    model.reopen(seen.get(3));
    assertEquals(seen.get(3), model.itemProperty().get().itemId());
    model.decide(DecisionValue.INCLUDE, null);
    assertEquals(DecisionValue.INCLUDE, own(ScreeningFixture.ANA).get(seen.get(3)).value());
    assertNull(model.itemProperty().get(), "back to the end of the session");
    assertEquals(12, model.screenedProperty().get());
  }

  @Test
  void theScreenedListSearchesWithLuceneAndKeepsOwnItemsOnly() throws Exception {
    // in file order the six screened are known: the Telehealth trial is not among them
    model.chooseOrder(org.winnow.core.ranking.ScreeningOrder.FILE);
    model.openSession();
    for (int i = 0; i < 6; i++) {
      model.decide(i % 2 == 0 ? DecisionValue.INCLUDE : DecisionValue.EXCLUDE, null);
    }
    model.queryProperty().set("buprenorphine");
    model.search();
    List<String> titles = model.screenedRows().stream().map(r -> r.title()).toList();
    assertFalse(titles.isEmpty());
    assertTrue(
        titles.stream().allMatch(t -> t.toLowerCase().contains("buprenorphine")),
        titles.toString());
    assertTrue(
        titles.stream().noneMatch(t -> t.startsWith("Telehealth")),
        "an item Ana has not screened is not listed");
    model.queryProperty().set("title:(");
    model.search();
    assertTrue(model.screenedSummaryProperty().get().contains("cannot read query"));
    model.queryProperty().set("");
    model.search();
    assertEquals(6, model.screenedRows().size());
  }

  @Test
  void fullTextExclusionNeedsAReason() throws Exception {
    for (String id : ids.subList(0, 2)) {
      for (String who : List.of(ScreeningFixture.ANA, ScreeningFixture.BEN)) {
        ScreeningFixture.decide(
            project(), Stage.TITLE_ABSTRACT, id, who, DecisionValue.INCLUDE, null);
      }
    }
    model.stageProperty().set(Stage.FULL_TEXT);
    assertEquals(2, model.totalProperty().get());
    assertTrue(model.needsReason(DecisionValue.EXCLUDE));
    long item = model.itemProperty().get().itemId();
    model.decide(DecisionValue.EXCLUDE, null);
    assertEquals(item, model.itemProperty().get().itemId(), "nothing recorded, still here");
    assertTrue(project().screening().ownDecisions(Stage.FULL_TEXT, ScreeningFixture.ANA).isEmpty());
    String reason = model.reasons().get(0).label();
    model.decide(DecisionValue.EXCLUDE, reason);
    Decision d =
        project().screening().ownDecisions(Stage.FULL_TEXT, ScreeningFixture.ANA).get(item);
    assertEquals(reason, d.reason().label());
  }

  @Test
  void switchingReviewerStartsTheirOwnSession() throws Exception {
    model.decide(DecisionValue.INCLUDE, null);
    model.reviewerProperty().set(model.reviewers().get(1));
    assertEquals(ScreeningFixture.BEN, model.reviewerProperty().get().name());
    assertEquals(0, model.screenedProperty().get());
    assertEquals(12, model.totalProperty().get());
    assertTrue(model.screenedRows().isEmpty());
    assertFalse(model.canUndoProperty().get(), "undo belongs to the session");
  }

  @Test
  void keywordListsAreSavedWithTheProject() throws Exception {
    model.saveHighlights("pregnan*\nbuprenorphine\n\n", "mouse\nanimal model");
    assertEquals(List.of("pregnan*", "buprenorphine"), model.highlightProperty().get().include());
    assertEquals("pregnan*\nbuprenorphine", project().setting(HighlightTerms.INCLUDE_KEY));
    ScreeningViewModel again =
        new ScreeningViewModel(new AppContext(session, TaskRunner.sameThread()));
    again.start();
    assertEquals(List.of("mouse", "animal model"), again.highlightProperty().get().exclude());
  }

  @Test
  void aNewReviewerCanBeAddedAndScreensAtOnce() {
    model.addReviewer("Dana Roy");
    assertEquals("Dana Roy", model.reviewerProperty().get().name());
    assertNotEquals(null, model.itemProperty().get());
    assertEquals(4, model.reviewers().size());
  }

  @Test
  void labelsAreSplitOnSemicolonsAndCommas() {
    assertEquals(List.of("a", "b c", "d"), ScreeningViewModel.labels(" a; b c ,d;; a"));
    assertEquals(List.of(), ScreeningViewModel.labels("  "));
  }
}
