package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.appraisal.MmatAppraisal;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatCriterion;
import org.winnow.core.appraisal.MmatRating;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.appraisal.MmatSummaryTable;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.model.Reviewer;
import org.winnow.ui.AppraisalFixture;
import org.winnow.ui.Screenshots;
import org.winnow.ui.appraisal.AppraisalView;
import org.winnow.ui.appraisal.AppraisalViewModel;

/**
 * The appraisal view in the real window, by keyboard: one study per MMAT 2018 category (the
 * mixed-methods one with its qualitative and non-randomized components) appraised by two appraisers
 * blinded from each other, their comparison, a consensus, and the summary.
 */
class AppraisalWindowTest extends WindowTest {
  /** The keys each study is appraised with after S1 and S2: the category, then its criteria. */
  private static final Map<String, String> ANSWERS =
      Map.of(
          "q1", "1YYYYN",
          "r1", "2YYNCY",
          "n1", "3YNYYC",
          "d1", "4YYYYY",
          // mixed methods: 5.x, 1.x, then Q switches the quantitative part to non-randomized
          "x1", "5QYYYCYYYYYNYYYYN");

  @Test
  void twoAppraisersThenConsensusThenTheSummary(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("mmat");
    AppraisalFixture.create(dir, tmp);
    open(robot, dir);
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    AppraisalView view = robot.lookup("#appraisal-view").queryAs(AppraisalView.class);
    AppraisalViewModel model = view.model();
    ListView<?> studies = robot.lookup("#appraisal-studies").queryAs(ListView.class);
    assertEquals(5, studies.getItems().size());

    appraiseAll(robot, model, AppraisalFixture.ANA, false);
    Screenshots.save(view.getScene().getRoot(), "appraisal");

    // blinded: Ben's form is empty although Ana appraised the study
    chooseAppraiser(robot, model, AppraisalFixture.BEN);
    goToStudy(robot, model, "r1");
    assertNull(model.row(MmatCriterion.S1).ratingProperty().get());
    assertFalse(robot.lookup("#answer-S1-yes").queryAs(ToggleButton.class).isSelected());
    assertTrue(
        robot
            .lookup("#appraisal-comparison-note")
            .queryAs(Label.class)
            .getText()
            .contains("blinded"),
        "no comparison before both are in");

    appraiseAll(robot, model, AppraisalFixture.BEN, true);

    // Ben differs on 2.2 of the trial: the comparison shows it, then Chen records the consensus
    goToStudy(robot, model, "r1");
    selectTab(robot, 1);
    assertTrue(
        robot
            .lookup("#compare-2_2")
            .queryAs(Label.class)
            .getStyleClass()
            .contains("comparison-disagree"));
    assertTrue(
        robot
            .lookup("#compare-2_1")
            .queryAs(Label.class)
            .getStyleClass()
            .contains("comparison-agree"));
    assertEquals(
        List.of("2.2"),
        model.comparison().stream().filter(r -> !r.agree()).map(r -> r.item()).toList());
    chooseAppraiser(robot, model, AppraisalFixture.CHEN);
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1)
        .release(KeyCode.DIGIT1, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(AppraisalViewModel.Mode.CONSENSUS, model.modeProperty().get());
    assertEquals(MmatRating.YES, model.row(MmatCriterion.C2_2).ratingProperty().get());
    focusForm(robot);
    // the team settles 2.2 as Can't tell: item 2.2 is the fourth in the form (S1, S2, 2.1, 2.2)
    for (int i = 0; i < 10; i++) {
      robot.type(KeyCode.UP);
    }
    robot.type(KeyCode.DOWN, 3).type(KeyCode.C);
    submit(robot);

    MmatResult trial = result("r1");
    assertEquals(ConsensusStatus.CONSENSUS, trial.status());
    assertEquals(AppraisalFixture.CHEN, trial.decidedBy());
    assertEquals(
        MmatRating.CANT_TELL,
        trial.finalAppraisal().answer(MmatCriterion.C2_2).orElseThrow().rating());
    assertEquals(
        "28% lost to follow-up",
        trial.finalAppraisal().answer(MmatCriterion.C2_3).orElseThrow().comment());

    MmatResult mixed = result("x1");
    assertEquals(ConsensusStatus.AGREED, mixed.status());
    MmatAppraisal m = mixed.finalAppraisal();
    assertEquals(MmatCategory.MIXED_METHODS, m.category());
    assertEquals(MmatCategory.NON_RANDOMIZED, m.quantitativeComponent());
    assertEquals(17, m.answers().size(), "S1, S2 and 15 criteria");
    assertEquals(MmatRating.CANT_TELL, m.answer(MmatCriterion.C5_4).orElseThrow().rating());
    assertEquals(MmatRating.NO, m.answer(MmatCriterion.C1_5).orElseThrow().rating());
    assertEquals(MmatRating.NO, m.answer(MmatCriterion.C3_5).orElseThrow().rating());
    for (String id : List.of("q1", "n1", "d1")) {
      assertEquals(ConsensusStatus.AGREED, result(id).status(), id);
    }

    selectTab(robot, 2);
    TableView<?> summary = robot.lookup("#appraisal-summary").queryAs(TableView.class);
    assertEquals(7, summary.getItems().size(), "four studies, and three components of one");
    AppraisalViewModel.SummaryRow first = model.summary().get(0);
    assertEquals(List.of("Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "No"), first.cells());
    Screenshots.save(view.getScene().getRoot(), "appraisal-summary");

    Path html = tmp.resolve("mmat.html");
    robot.interact(() -> model.export(MmatSummaryTable.Format.HTML, html));
    String page = Files.readString(html);
    assertTrue(page.contains("5. Mixed methods"), page);
    assertTrue(page.contains("Quantitative non-randomized"), page);
  }

  private void appraiseAll(FxRobot robot, AppraisalViewModel model, String who, boolean ben)
      throws Exception {
    chooseAppraiser(robot, model, who);
    for (String id : AppraisalFixture.IDS) {
      goToStudy(robot, model, id);
      focusForm(robot);
      robot.type(KeyCode.Y, KeyCode.Y);
      String keys = ANSWERS.get(id);
      if (ben && id.equals("r1")) {
        keys = "2YNNCY";
      }
      for (char k : keys.toCharArray()) {
        robot.type(key(k));
        if (!ben && id.equals("r1") && model.focusProperty().get() == 5) {
          // item 2.3 is answered: comment on it by keyboard (T, type, Enter)
          robot.type(KeyCode.UP, KeyCode.T).write("28% lost to follow-up").type(KeyCode.ENTER);
          robot.type(KeyCode.DOWN);
        }
      }
      submit(robot);
      assertTrue(
          robot
              .lookup("#appraisal-message")
              .queryAs(Label.class)
              .getText()
              .contains("recorded by " + who),
          robot.lookup("#appraisal-message").queryAs(Label.class).getText());
    }
  }

  private static KeyCode key(char c) {
    return switch (c) {
      case 'Y' -> KeyCode.Y;
      case 'N' -> KeyCode.N;
      case 'C' -> KeyCode.C;
      case 'Q' -> KeyCode.Q;
      default -> KeyCode.getKeyCode(String.valueOf(c));
    };
  }

  private void submit(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void focusForm(FxRobot robot) {
    selectTab(robot, 0);
    robot.interact(() -> robot.lookup("#appraisal-form").query().requestFocus());
  }

  private void selectTab(FxRobot robot, int i) {
    robot.interact(
        () -> robot.lookup("#appraisal-tabs").queryAs(TabPane.class).getSelectionModel().select(i));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void chooseAppraiser(FxRobot robot, AppraisalViewModel model, String name) {
    @SuppressWarnings("unchecked")
    ComboBox<Reviewer> box = robot.lookup("#appraisal-appraiser").queryAs(ComboBox.class);
    robot.interact(
        () ->
            box.setValue(
                box.getItems().stream()
                    .filter(r -> r.name().equals(name))
                    .findFirst()
                    .orElseThrow()));
    robot.interact(() -> model.modeProperty().set(AppraisalViewModel.Mode.APPRAISER));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Page Down / Page Up through the study list until the study of this record is selected. */
  private void goToStudy(FxRobot robot, AppraisalViewModel model, String recordId) {
    focusForm(robot);
    for (int i = 0; i < 5; i++) {
      robot.type(KeyCode.PAGE_UP);
    }
    for (int i = 0;
        i < 5 && !model.selectedProperty().get().study().recordIds().contains(recordId);
        i++) {
      robot.type(KeyCode.PAGE_DOWN);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(model.selectedProperty().get().study().recordIds().contains(recordId), recordId);
  }

  private MmatResult result(String recordId) {
    Map<String, MmatResult> byRecord =
        session.project().appraisal().results().stream()
            .collect(Collectors.toMap(r -> r.study().recordIds().get(0), Function.identity()));
    return byRecord.get(recordId);
  }
}
