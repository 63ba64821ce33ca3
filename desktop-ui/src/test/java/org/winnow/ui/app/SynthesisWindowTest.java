package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.Screenshots;
import org.winnow.ui.SynthesisFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Choosers;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.synthesis.SynthesisView;
import org.winnow.ui.synthesis.SynthesisViewModel;
import org.winnow.ui.synthesis.SynthesisViewModel.OutcomeLine;

/**
 * The synthesis view driven by keyboard on a review built through the services: compute, keep one
 * outcome from the outcome list, pool it, export the forest plot and the effect-size table. Saves
 * the screenshots the README shows (synthesis.png, synthesis-forest.png).
 */
@ExtendWith(ApplicationExtension.class)
class SynthesisWindowTest {
  @TempDir static Path tmp;
  private Session session;

  @Start
  void start(Stage stage) {
    session = new Session(tmp.resolve("settings"));
    Scene scene =
        new WinnowApp()
            .build(new AppContext(session, TaskRunner.sameThread()), tmp.resolve("settings"));
    stage.setScene(scene);
    stage.setWidth(1280);
    stage.setHeight(800); // Monocle's headless screen is 1280 x 800
    stage.show();
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(session::close);
  }

  private static void keys(FxRobot robot, KeyCode... combination) {
    robot.press(combination);
    for (int i = combination.length - 1; i >= 0; i--) {
      robot.release(combination[i]);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Answers the save dialog with the next of these files, and remembers what it offered. */
  private static final class Answers implements Choosers.SaveDialog {
    final List<Path> files;
    int next;
    String offered;

    Answers(Path... files) {
      this.files = List.of(files);
    }

    @Override
    public Optional<Path> choose(
        javafx.stage.Window owner,
        String title,
        String initialName,
        List<Choosers.FileKind> kinds) {
      offered = initialName + " " + kinds.stream().map(Choosers.FileKind::extension).toList();
      return Optional.of(files.get(next++));
    }
  }

  @Test
  void computePoolOneOutcomeAndExportByKeyboard(FxRobot robot) throws Exception {
    ReviewProject p = SynthesisFixture.create(tmp);
    robot.interact(() -> session.use(p));
    WaitForAsyncUtils.waitForFxEvents();

    keys(robot, KeyCode.CONTROL, KeyCode.DIGIT9);
    SynthesisView view = robot.lookup("#synthesis-view").queryAs(SynthesisView.class);
    SynthesisViewModel model = view.model();
    TableView<?> effects = robot.lookup("#synthesis-effects").queryAs(TableView.class);
    assertEquals(6, effects.getItems().size(), "computed when shown");
    Screenshots.save(view.getScene().getRoot(), "synthesis");

    // pooling every outcome at once is refused, with the service's reason
    keys(robot, KeyCode.CONTROL, KeyCode.P);
    Label problem = robot.lookup("#synthesis-pool-problem").queryAs(Label.class);
    assertTrue(problem.getText().startsWith("Cannot pool: "), problem.getText());
    assertEquals(SynthesisViewModel.Part.POOLING, view.shownPart());

    // the outcome list: down to Pain, Enter keeps it
    keys(robot, KeyCode.ALT, KeyCode.O);
    TreeView<?> tree = robot.lookup("#synthesis-outcomes").queryAs(TreeView.class);
    assertTrue(tree.isFocused());
    for (int i = 0; i < 4 && !isPain(tree); i++) {
      keys(robot, KeyCode.DOWN);
    }
    assertTrue(isPain(tree), String.valueOf(tree.getSelectionModel().getSelectedItem()));
    keys(robot, KeyCode.ENTER);
    assertEquals("Pain", model.outcomeProperty().get());
    assertEquals(3, effects.getItems().size());

    keys(robot, KeyCode.CONTROL, KeyCode.P);
    assertEquals("", problem.getText());
    assertEquals(3, model.poolingProperty().get().pooled().effect().k());
    TableView<?> pooled = robot.lookup("#synthesis-pooled").queryAs(TableView.class);
    assertEquals(4, pooled.getItems().size(), "three studies and the pooled estimate");
    Screenshots.save(view.getScene().getRoot(), "synthesis-forest");

    Path forest = tmp.resolve("exports/forest.svg");
    Path csv = tmp.resolve("exports/effect-sizes.csv");
    Answers answers = new Answers(forest, csv);
    robot.interact(() -> view.useSaveDialog(answers));
    keys(robot, KeyCode.CONTROL, KeyCode.E);
    assertEquals("forest-plot.svg [svg, png, pdf, csv, md, html]", answers.offered);
    String svg = Files.readString(forest);
    assertTrue(svg.contains("<svg") && svg.contains("Random effects (REML)"), svg);

    keys(robot, KeyCode.ALT, KeyCode.DIGIT1);
    assertEquals(SynthesisViewModel.Part.EFFECT_SIZES, view.shownPart());
    keys(robot, KeyCode.CONTROL, KeyCode.E);
    assertEquals("effect-sizes.csv [csv, md, html]", answers.offered);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(4, lines.size(), "the header and the three rows of Pain");
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",Pain,")), lines.toString());

    keys(robot, KeyCode.ALT, KeyCode.C);
    assertEquals(6, effects.getItems().size(), "filters cleared");
    keys(robot, KeyCode.ALT, KeyCode.DIGIT2);
    assertEquals(SynthesisViewModel.Part.EFFECT_DIRECTION, view.shownPart());
    Screenshots.save(view.getScene().getRoot(), "synthesis-direction");
  }

  private static boolean isPain(TreeView<?> tree) {
    var item = tree.getSelectionModel().getSelectedItem();
    return item != null && item.getValue() instanceof OutcomeLine l && l.outcome().equals("Pain");
  }
}
