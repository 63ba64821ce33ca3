package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Reviewer;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.Screenshots;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.screening.HighlightTerms;

/** The screening view in the real window, driven by the keyboard as a reviewer would. */
class ScreeningWindowTest extends WindowTest {
  private Path review(String name) throws Exception {
    Path dir = tmp.resolve(name);
    ScreeningFixture.create(dir, tmp);
    try (ReviewProject p = ReviewProject.open(dir)) {
      p.setSetting(
          HighlightTerms.INCLUDE_KEY,
          "pregnan*\nprenatal\nperinatal\nopioid*\nbuprenorphine\nmethadone\nneonatal abstinence",
          "test");
      p.setSetting(
          HighlightTerms.EXCLUDE_KEY, "mouse\nrodent*\nanimal model*\nsmoking\ncannabis", "test");
    }
    return dir;
  }

  private void openScreening(FxRobot robot, Path dir) {
    open(robot, dir);
    robot.interact(() -> robot.lookup("#nav-screening").queryAs(ToggleButton.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup("#screening-card-scroll").query().requestFocus());
  }

  /** Every text the window shows. */
  private static List<String> texts(Node node) {
    List<String> out = new ArrayList<>();
    if (node instanceof Labeled l && l.getText() != null) {
      out.add(l.getText());
    }
    if (node instanceof Text t && t.getText() != null) {
      out.add(t.getText());
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
    }
    return out;
  }

  @Test
  void tenItemsScreenedByKeyboardWithoutSeeingTheOtherReviewer(FxRobot robot) throws Exception {
    Path dir = review("review-ta");
    try (ReviewProject p = ReviewProject.open(dir)) {
      for (String id : ScreeningFixture.ids()) {
        ScreeningFixture.decide(
            p,
            org.winnow.core.model.Stage.TITLE_ABSTRACT,
            id,
            ScreeningFixture.BEN,
            DecisionValue.EXCLUDE,
            null);
      }
    }
    openScreening(robot, dir);
    Object reviewer = robot.lookup("#screening-reviewer").queryAs(ComboBox.class).getValue();
    assertEquals(ScreeningFixture.ANA, ((Reviewer) reviewer).name());
    // the queue is ranked, and ranked again once Ana has an include and an exclude: the items
    // decided are the ones shown, whatever the order
    List<String> shownIds = new ArrayList<>();
    KeyCode[] keys = {KeyCode.I, KeyCode.E, KeyCode.M};
    DecisionValue[] values = {DecisionValue.INCLUDE, DecisionValue.EXCLUDE, DecisionValue.MAYBE};
    for (int i = 0; i < 10; i++) {
      Node root = robot.lookup("#screening-view").query();
      List<String> shown = texts(root);
      assertTrue(
          shown.stream().noneMatch(t -> t.contains(ScreeningFixture.BEN)),
          "Ben's decision is never shown while Ana is blinded: " + shown);
      assertTrue(
          robot.lookup("#screening-blinding").queryLabeled().getText().startsWith("Blinded"));
      assertTrue(robot.lookup("#screening-others").queryAs(VBox.class).getChildren().isEmpty());
      shownIds.add(robot.lookup("#screening-ids").queryLabeled().getText());
      if (i == 5) { // mid-session, with the highlighted terms
        Screenshots.save(root.getScene().getRoot(), "screening");
      }
      robot.type(keys[i % 3]);
      WaitForAsyncUtils.waitForFxEvents();
    }
    Map<Long, Decision> mine =
        session
            .project()
            .screening()
            .ownDecisions(org.winnow.core.model.Stage.TITLE_ABSTRACT, ScreeningFixture.ANA);
    assertEquals(10, mine.size());
    Map<String, DecisionValue> byIds = new java.util.HashMap<>();
    mine.forEach((item, d) -> byIds.put(recordIds(item), d.value()));
    for (int i = 0; i < 10; i++) {
      assertEquals(values[i % 3], byIds.get(shownIds.get(i)), "item " + i);
    }
    assertEquals("10 of 12 screened", robot.lookup("#screening-count").queryLabeled().getText());
    assertEquals(
        "Item 11 of 12 in this session",
        robot.lookup("#screening-position").queryLabeled().getText());

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        shownIds.get(9),
        robot.lookup("#screening-ids").queryLabeled().getText(),
        "undo goes back to the last item decided");
  }

  /**
   * As a new user does, in the window as it runs (work in the background, not on the test's
   * thread): a click on Screening in the navigation, then I, with no click on the card; then the Go
   * menu's shortcut from another view, then E.
   */
  @Test
  void keysDecideRightAfterChoosingScreeningInTheNavigation(FxRobot robot) throws Exception {
    Path dir = review("review-nav");
    TaskRunner tasks = TaskRunner.background();
    Session running = new Session(tmp.resolve("settings-nav"));
    try {
      FxToolkit.setupStage(
          stage -> {
            stage.setScene(
                new WinnowApp().build(new AppContext(running, tasks), tmp.resolve("settings-nav")));
            stage.show();
          });
      robot.interact(
          () -> {
            try {
              running.open(dir);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      robot.clickOn("#nav-screening");
      awaitItem(robot);
      // however the focus settles, on the card or still on the button just clicked, I decides
      robot.interact(() -> robot.lookup("#nav-screening").query().requestFocus());
      robot.type(KeyCode.I);
      awaitDecisions(robot, running, 1);
      assertEquals(
          DecisionValue.INCLUDE,
          own(running).values().iterator().next().value(),
          "I includes the item shown");

      robot.clickOn("#nav-dashboard");
      WaitForAsyncUtils.waitForFxEvents();
      robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
      awaitItem(robot);
      robot.type(KeyCode.E);
      awaitDecisions(robot, running, 2);
    } finally {
      robot.interact(running::close);
      tasks.close();
    }
  }

  private static Map<Long, Decision> own(Session s) {
    try {
      return s.project()
          .screening()
          .ownDecisions(org.winnow.core.model.Stage.TITLE_ABSTRACT, ScreeningFixture.ANA);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitItem(FxRobot robot) throws TimeoutException {
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#screening-ids").tryQuery().isPresent()
                && !robot.lookup("#screening-ids").queryLabeled().getText().isBlank());
    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // what the window does once loaded
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void awaitDecisions(FxRobot robot, Session s, int n) {
    try {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> own(s).size() == n);
    } catch (TimeoutException e) {
      Node focus = robot.lookup("#screening-view").query().getScene().getFocusOwner();
      throw new AssertionError(
          "the key was taken as a decision: "
              + n
              + " decisions expected, "
              + own(s).size()
              + "; the focus was on "
              + focus,
          e);
    }
  }

  @Test
  void fullTextShowsTheAttachedPdfAndExclusionAsksForAReason(FxRobot robot) throws Exception {
    Path dir = review("review-ft");
    List<String> ids = ScreeningFixture.ids();
    try (ReviewProject p = ReviewProject.open(dir)) {
      for (String id : ids.subList(0, 3)) {
        for (String who : List.of(ScreeningFixture.ANA, ScreeningFixture.BEN)) {
          ScreeningFixture.decide(
              p, org.winnow.core.model.Stage.TITLE_ABSTRACT, id, who, DecisionValue.INCLUDE, null);
        }
      }
      Path pdf =
          ScreeningFixture.pdf(
              tmp.resolve("jones-2016.pdf"),
              "Methadone versus buprenorphine maintenance in pregnancy");
      p.screening().attach(ids.get(0), pdf, "test");
    }
    openScreening(robot, dir);
    robot.interact(
        () ->
            robot
                .lookup("#screening-stage")
                .queryComboBox()
                .getSelectionModel()
                .select(org.winnow.core.model.Stage.FULL_TEXT));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup("#screening-card-scroll").query().requestFocus());
    assertNotNull(robot.lookup("#pdf-page").queryAs(ImageView.class).getImage());
    assertEquals("Page 1 of 2", robot.lookup("#pdf-status").queryLabeled().getText());
    Screenshots.save(
        robot.lookup("#screening-view").query().getScene().getRoot(), "screening-fulltext");
    robot.type(KeyCode.PAGE_DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Page 2 of 2", robot.lookup("#pdf-status").queryLabeled().getText());

    long item =
        session
            .project()
            .screening()
            .queue(org.winnow.core.model.Stage.FULL_TEXT, ScreeningFixture.ANA, null, true)
            .items()
            .get(0);
    robot.type(KeyCode.E);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup(".reason-picker").query().isVisible(), "the reason picker opens");
    assertTrue(
        session
            .project()
            .screening()
            .ownDecisions(org.winnow.core.model.Stage.FULL_TEXT, ScreeningFixture.ANA)
            .isEmpty(),
        "nothing recorded before a reason is picked");
    robot.type(KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    Decision d =
        session
            .project()
            .screening()
            .ownDecisions(org.winnow.core.model.Stage.FULL_TEXT, ScreeningFixture.ANA)
            .get(item);
    assertEquals(DecisionValue.EXCLUDE, d.value());
    assertEquals(session.project().screening().reasons().get(1).label(), d.reason().label());
    assertFalse(robot.lookup(".reason-picker").query().isVisible());
  }

  private String recordIds(long citation) {
    return String.join(
        " · ",
        session
            .project()
            .screening()
            .citation(org.winnow.core.model.Stage.TITLE_ABSTRACT, citation)
            .recordIds());
  }
}
