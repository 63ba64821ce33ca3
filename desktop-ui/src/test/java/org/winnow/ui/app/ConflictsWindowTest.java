package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Resolution;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.Screenshots;

/** The conflicts view in the real window: a conflict resolved by keyboard, then agreement. */
class ConflictsWindowTest extends WindowTest {
  private static final org.winnow.core.model.Stage TA = org.winnow.core.model.Stage.TITLE_ABSTRACT;

  @Test
  void aConflictIsResolvedByKeyboardAndAgreementShowsItsTable(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("review");
    List<String> ids = ScreeningFixture.create(dir, tmp);
    String[][] decisions = {
      {"include", "include", "exclude", "include", "exclude", "exclude", "maybe"},
      {"exclude", "exclude", "include", "include", "exclude", "exclude", "include"}
    };
    String[] who = {ScreeningFixture.ANA, ScreeningFixture.BEN};
    String[] notes = {
      "Buprenorphine arm: pregnant women in treatment", "Outcome is neonatal only, no maternal care"
    };
    try (ReviewProject p = ReviewProject.open(dir)) {
      for (int i = 0; i < decisions[0].length; i++) {
        for (int r = 0; r < who.length; r++) {
          p.screening()
              .decide(
                  TA,
                  ids.get(i),
                  who[r],
                  DecisionValue.parse(decisions[r][i]),
                  null,
                  i == 0 ? notes[r] : null,
                  i == 0 && r == 0 ? List.of("NAS") : List.of(),
                  "test");
        }
      }
    }
    open(robot, dir);
    robot.interact(() -> robot.lookup("#nav-conflicts").queryAs(ToggleButton.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> list = robot.lookup("#conflicts-list").queryAs(ListView.class);
    assertEquals(3, list.getItems().size());
    assertEquals(2, robot.lookup("#conflict-decisions").queryAs(HBox.class).getChildren().size());
    Screenshots.save(list.getScene().getRoot(), "conflicts");

    long item = session.project().screening().itemOf(TA, ids.get(0));
    robot.interact(list::requestFocus);
    robot.type(KeyCode.I);
    WaitForAsyncUtils.waitForFxEvents();
    ItemOutcome o = session.project().screening().outcomes(TA).get(item);
    assertEquals(ItemStatus.INCLUDED, o.status(), "the outcome follows the resolution");
    assertEquals(Resolution.Method.THIRD_REVIEWER, o.resolution().method());
    assertEquals(ScreeningFixture.CHEN, o.resolution().resolvedBy().name());
    assertEquals(2, list.getItems().size());
    assertTrue(
        robot.lookup("#conflicts-message").queryLabeled().getText().contains("third reviewer"));

    robot.interact(
        () -> robot.lookup("#conflicts-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#agreement-kappa").queryLabeled().getText().startsWith("Cohen's kappa"));
    assertTrue(robot.lookup("#agreement-table").tryQuery().isPresent());
    Screenshots.save(list.getScene().getRoot(), "agreement");
  }
}
