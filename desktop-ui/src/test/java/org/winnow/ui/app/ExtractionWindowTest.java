package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.ui.ExtractionFixture;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.Screenshots;
import org.winnow.ui.extraction.ComparisonRow;
import org.winnow.ui.extraction.ExtractionView;

/**
 * Studies & extraction in the real window, by keyboard: a TIDieR form with two interventions filled
 * and submitted by two extractors, the disagreement seen side by side and resolved in the consensus
 * editor.
 */
class ExtractionWindowTest extends WindowTest {

  private void keys(FxRobot robot, KeyCode... codes) {
    robot.press(codes).release(codes);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void write(FxRobot robot, String text) {
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void as(FxRobot robot, String person) {
    @SuppressWarnings("unchecked")
    ComboBox<String> who = robot.lookup("#extraction-person").queryAs(ComboBox.class);
    robot.interact(() -> who.setValue(person));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String focusedId(FxRobot robot) {
    Node n = robot.lookup("#extraction-view").query().getScene().getFocusOwner();
    return n == null ? null : n.getId();
  }

  /** Fills intervention 1 (arm, brief name and where) and adds and fills intervention 2. */
  private void fillTidier(FxRobot robot, String briefName) {
    keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
    assertEquals("interventions-0-arm", focusedId(robot), "the form starts at its first field");
    write(robot, "CBT");
    keys(robot, KeyCode.TAB);
    assertEquals("interventions-0-brief_name", focusedId(robot));
    write(robot, briefName);
    keys(robot, KeyCode.TAB);
    assertEquals(
        "interventions-0-brief_name_where", focusedId(robot), "where reported sits beside it");
    write(robot, "p. 3");
    keys(robot, KeyCode.TAB);
    assertEquals("interventions-0-why", focusedId(robot));
    write(robot, "Pain model");
    keys(robot, KeyCode.TAB);
    assertEquals("interventions-0-why_where", focusedId(robot), "Tab leaves a text area");
    keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
    assertEquals("interventions-1-arm", focusedId(robot), "the new intervention is focused");
    write(robot, "UC");
    keys(robot, KeyCode.TAB);
    write(robot, "Usual care");
    keys(robot, KeyCode.TAB);
    keys(robot, KeyCode.TAB);
    assertEquals("interventions-1-why", focusedId(robot));
    keys(robot, KeyCode.CONTROL, KeyCode.N);
  }

  @Test
  void twoExtractorsFillTidierAndTheConsensusSettlesTheirDisagreement(FxRobot robot)
      throws Exception {
    Path dir = tmp.resolve("extraction-review");
    ExtractionFixture.create(
        dir, java.nio.file.Files.createDirectories(tmp.resolve("extraction-files")));
    open(robot, dir);
    keys(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
    ExtractionView view = robot.lookup("#extraction-view").queryAs(ExtractionView.class);
    assertEquals(3, view.model().studies().size());
    Screenshots.save(view.getScene().getRoot(), "studies");

    as(robot, ScreeningFixture.ANA);
    fillTidier(robot, "CBT");
    assertTrue(
        view.model()
            .formModelProperty()
            .get()
            .section("interventions")
            .entries()
            .get(1)
            .field("why")
            .orElseThrow()
            .notReportedProperty()
            .get(),
        "Ctrl+N marked the field not reported");
    Screenshots.save(view.getScene().getRoot(), "extraction");
    keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
    assertTrue(
        view.model().messageProperty().get().contains("submitted by Ana Lima"),
        view.model().messageProperty().get());

    as(robot, ScreeningFixture.BEN);
    assertEquals(
        "",
        robot.lookup("#interventions-0-brief_name").queryAs(TextInputControl.class).getText(),
        "Ben does not see Ana's answers");
    fillTidier(robot, "CBT x8");
    keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
    assertTrue(
        view.model().messageProperty().get().contains("submitted by Ben Okafor"),
        view.model().messageProperty().get());

    as(robot, ScreeningFixture.CHEN);
    keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
    @SuppressWarnings("unchecked")
    TableView<ComparisonRow> table =
        robot.lookup("#extraction-comparison").queryAs(TableView.class);
    int differing = -1;
    for (int i = 0; i < table.getItems().size(); i++) {
      if (table.getItems().get(i).differs()) {
        differing = i;
      }
    }
    assertTrue(
        differing >= 0,
        "the brief names differ: "
            + view.model().messageProperty().get()
            + " / "
            + view.model().comparisonNoteProperty().get()
            + " / "
            + table.getItems().size());
    assertEquals("brief_name", table.getItems().get(differing).field().field());
    for (int i = 0; i < differing; i++) {
      keys(robot, KeyCode.DOWN);
    }
    keys(robot, KeyCode.DIGIT2);
    assertEquals(1, table.getItems().get(differing).chosenProperty().get());
    Screenshots.save(view.getScene().getRoot(), "extraction-compare");

    keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
    assertTrue(view.model().consensusModeProperty().get());
    assertEquals(
        "CBT x8",
        robot.lookup("#interventions-0-brief_name").queryAs(TextInputControl.class).getText());
    keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
    FormResult r = session.project().extraction().results("tidier").get(0);
    assertEquals(ConsensusStatus.CONSENSUS, r.status(), view.model().messageProperty().get());
    assertEquals(ScreeningFixture.CHEN, r.decidedBy());
    assertEquals(
        "CBT x8",
        r.finalAnswers()
            .instances("interventions")
            .get(0)
            .value("brief_name")
            .orElseThrow()
            .text());
    assertEquals(2, r.finalAnswers().instances("interventions").size());
    assertNotNull(robot.lookup("#extraction-studies").query());
  }
}
