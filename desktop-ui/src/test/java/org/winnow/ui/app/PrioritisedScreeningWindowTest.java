package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.Screenshots;
import org.winnow.ui.dashboard.DashboardView;
import org.winnow.ui.dashboard.DashboardViewModel;

/**
 * Prioritised screening in the real window, headless: the order control, the rank score and the
 * estimate on the card, the stop check with a stop and its undo as PRISMA counts them, and the
 * dashboard's recall curve with its export.
 */
class PrioritisedScreeningWindowTest extends WindowTest {
  private static final String AUTOMATIC = "Records marked as ineligible by automation tools";

  /** The fixture review; Ana has included one item and excluded two when {@code decided}. */
  private Path review(String name, boolean decided) throws Exception {
    Path dir = tmp.resolve(name);
    ScreeningFixture.create(dir, tmp);
    if (decided) {
      try (ReviewProject p = ReviewProject.open(dir)) {
        ScreeningFixture.decide(
            p, Stage.TITLE_ABSTRACT, "ta001", ScreeningFixture.ANA, DecisionValue.INCLUDE, null);
        ScreeningFixture.decide(
            p, Stage.TITLE_ABSTRACT, "ta003", ScreeningFixture.ANA, DecisionValue.EXCLUDE, null);
      }
    }
    return dir;
  }

  private void go(FxRobot robot, String nav) {
    robot.interact(() -> robot.lookup("#nav-" + nav).queryAs(ToggleButton.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void openScreening(FxRobot robot, Path dir) {
    open(robot, dir);
    go(robot, "screening");
    robot.interact(() -> robot.lookup("#screening-card-scroll").query().requestFocus());
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryLabeled().getText();
  }

  @Test
  void theCardShowsTheRankAndTheEstimateAndTheOrderCanBeChosen(FxRobot robot) throws Exception {
    openScreening(robot, review("review-rank", true));
    @SuppressWarnings("unchecked")
    ComboBox<ScreeningOrder> order = robot.lookup("#screening-order").queryAs(ComboBox.class);
    assertEquals(ScreeningOrder.PRIORITISED, order.getValue());
    assertEquals("the default", text(robot, "#screening-order-note"));
    Label rank = robot.lookup("#screening-rank").queryAs(Label.class);
    assertTrue(rank.getText().matches("rank [01]\\.\\d\\d"), rank.getText());
    assertTrue(rank.isVisible());
    assertTrue(rank.getTooltip().getText().contains("not the chance that this record will be"));
    assertTrue(
        text(robot, "#screening-relevant-left")
            .matches("about \\d+ relevant records? left in your queue \\(estimate\\)"),
        text(robot, "#screening-relevant-left"));
    Screenshots.save(
        robot.lookup("#screening-view").query().getScene().getRoot(), "screening-prioritised");

    robot.interact(() -> order.getSelectionModel().select(ScreeningOrder.RANDOM));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(ScreeningOrder.RANDOM, session.project().screening().order(Stage.TITLE_ABSTRACT));
    assertEquals("chosen for the stage", text(robot, "#screening-order-note"));
    assertEquals("", rank.getText(), "no score in random order");
    assertFalse(rank.isVisible());
    assertEquals("", text(robot, "#screening-relevant-left"));
    robot.type(KeyCode.I);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        3,
        session
            .project()
            .screening()
            .ownDecisions(Stage.TITLE_ABSTRACT, ScreeningFixture.ANA)
            .size(),
        "the keys still decide after choosing the order");
  }

  @Test
  void aStopFromTheStopCheckIsCountedInPrismaAndItsUndoPutsTheRecordsBack(FxRobot robot)
      throws Exception {
    openScreening(robot, review("review-stop", false));
    for (KeyCode k : new KeyCode[] {KeyCode.I, KeyCode.E, KeyCode.E, KeyCode.E, KeyCode.E}) {
      robot.type(k);
      WaitForAsyncUtils.waitForFxEvents();
    }
    TitledPane pane = robot.lookup("#screening-stop-pane").queryAs(TitledPane.class);
    robot.interact(() -> pane.setExpanded(true));
    WaitForAsyncUtils.waitForFxEvents();
    String report = text(robot, "#screening-stop-report");
    assertTrue(report.startsWith("Recall is at least "), report);
    assertTrue(report.contains("5 of 12 records screened, 1 relevant found; 7 records left"));
    assertTrue(report.contains("The criterion is not met yet"), report);
    Screenshots.save(pane.getScene().getRoot(), "screening-stop-check");

    robot.interact(
        () ->
            robot
                .lookup("#screening-stop-reason")
                .queryAs(TextField.class)
                .setText("Pilot over: the team stops here"));
    robot.clickOn("#screening-stop");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        text(robot, "#screening-stop-report").contains("7 records left unscreened"),
        text(robot, "#screening-stop-report"));
    assertEquals("7", prismaRow(robot, AUTOMATIC));

    go(robot, "screening");
    robot.interact(
        () -> robot.lookup("#screening-stop-reason").queryAs(TextField.class).setText(""));
    robot.clickOn("#screening-stop-undo");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(text(robot, "#screening-stop-report").contains("7 records are back"));
    assertEquals("0", prismaRow(robot, AUTOMATIC));
  }

  /** The dashboard's PRISMA count of that label, refreshed. */
  private String prismaRow(FxRobot robot, String label) {
    go(robot, "dashboard");
    robot.interact(() -> robot.lookup("#dashboard-refresh").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    TableView<DashboardViewModel.Row> table =
        robot.lookup("#dashboard-prisma").queryAs(TableView.class);
    return table.getItems().stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no PRISMA row " + label))
        .value();
  }

  @Test
  void theDashboardDrawsTheRecallCurveAndExportsIt(FxRobot robot) throws Exception {
    openScreening(robot, review("review-curve", true));
    for (KeyCode k : new KeyCode[] {KeyCode.I, KeyCode.I, KeyCode.E, KeyCode.E, KeyCode.E}) {
      robot.type(k);
      WaitForAsyncUtils.waitForFxEvents();
    }
    go(robot, "dashboard");
    robot.interact(() -> robot.lookup("#dashboard-refresh").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    ImageView curve = robot.lookup("#dashboard-recall-curve").queryAs(ImageView.class);
    Image image = curve.getImage();
    assertNotNull(image, "the recall curve is drawn");
    assertTrue(image.getWidth() > 200 && image.getHeight() > 150);
    Screenshots.save(curve.getParent(), "dashboard-recall-curve");

    DashboardView view = robot.lookup("#dashboard-view").queryAs(DashboardView.class);
    for (String name : new String[] {"recall-curve.svg", "recall-curve.png"}) {
      Path target = tmp.resolve(name);
      view.useSaveDialog((owner, title, initial, kinds) -> Optional.of(target));
      robot.interact(() -> robot.lookup("#dashboard-recall-export").queryButton().fire());
      WaitForAsyncUtils.waitForFxEvents();
      assertTrue(Files.size(target) > 1000, name);
      assertEquals(
          "Exported the recall curve to " + target, text(robot, "#dashboard-recall-status"));
    }
    String svg = Files.readString(tmp.resolve("recall-curve.svg"));
    assertTrue(svg.contains("<svg"));
    assertTrue(svg.contains("3 relevant in 7 of 12 screened"), "Ana: 3 included of 7 decided");
    assertTrue(svg.contains("random order"));
  }
}
