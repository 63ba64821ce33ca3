package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningService;
import org.winnow.ui.TestReviews;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.report.ReviewPackView;
import org.winnow.ui.report.ReviewPackViewModel;

/** File → Export review pack…: available once a project is open, writes the pack through core. */
class ReviewPackWindowTest extends WindowTest {
  private static String outcomes(double cbt, double care) {
    return String.format(
        Locale.ROOT,
        """
        {"form": "outcome-data", "sections": {
          "outcomes": [{"outcome": "Pain", "domain": "Physical health", "desirable": "lower"}],
          "arm_results": [
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
             "n": 40, "mean": %s, "sd": 1.1},
            {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
             "n": 38, "mean": %s, "sd": 1.2}]}}
        """,
        cbt,
        care);
  }

  /** Two included studies with agreed outcome data. */
  private static Path project(Path dir) throws Exception {
    try (ReviewProject p = ReviewProject.create(dir, "Pain review", "test")) {
      TestReviews.importFile(
          p,
          "MEDLINE",
          TestReviews.write(
              tmp,
              "pack.ris",
              "TY  - JOUR\nID  - a1\nTI  - CBT trial\nAU  - Alder, A.\nPY  - 2015\nER  - \n",
              "TY  - JOUR\nID  - b1\nTI  - Group trial\nAU  - Baker, B.\nPY  - 2018\nER  - \n"));
      ScreeningService s = p.screening();
      for (String name : List.of("Ana Lima", "Ben Okafor")) {
        s.addReviewer(name, null, "test");
      }
      for (Stage stage : Stage.values()) {
        s.setPolicy(stage, ScreeningPolicy.Mode.SINGLE, null, null, null, "test");
        for (String id : List.of("a1", "b1")) {
          s.decide(stage, id, "Ana Lima", DecisionValue.INCLUDE, null, null, List.of(), "test");
        }
      }
      double[][] data = {{2.0, 2.9}, {3.0, 3.5}};
      for (int i = 0; i < data.length; i++) {
        String id = i == 0 ? "a1" : "b1";
        for (String by : List.of("Ana Lima", "Ben Okafor")) {
          p.extraction()
              .extract(id, "outcome-data", by, "o.json", outcomes(data[i][0], data[i][1]), "test");
        }
      }
    }
    return dir;
  }

  private static MenuItem fileMenuItem(FxRobot robot, String id) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Menu file = bar.getMenus().get(0);
    assertEquals("_File", file.getText());
    return file.getItems().stream()
        .filter(i -> id.equals(i.getId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in the File menu"));
  }

  @Test
  void exportsThePackOfTheOpenProject(FxRobot robot) throws Exception {
    MenuItem item = fileMenuItem(robot, "menu-export-review-pack");
    assertTrue(item.isDisable(), "no project open yet");
    assertEquals(ReviewPackView.SHORTCUT, item.getAccelerator());

    open(robot, project(tmp.resolve("pain-review")));
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(item.isDisable());

    Path chosen = Files.createDirectories(tmp.resolve("manuscript"));
    Files.writeString(chosen.resolve("draft.docx"), "the authors' draft");
    ReviewPackViewModel model =
        new ReviewPackViewModel(new AppContext(session, TaskRunner.sameThread()));
    ReviewPackView view = new ReviewPackView(model, owner -> chosen);
    AtomicReference<MenuItem> own = new AtomicReference<>();
    robot.interact(
        () -> {
          own.set(view.menuItem(() -> null));
          own.get().fire();
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("", model.errorProperty().get());
    Path pack = chosen.resolve(ReviewPackViewModel.SUB_FOLDER);
    assertTrue(
        model.statusProperty().get().startsWith("Review pack written to " + pack),
        model.statusProperty().get());
    assertEquals("the authors' draft", Files.readString(chosen.resolve("draft.docx")));
    String html = Files.readString(pack.resolve("review-pack.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<h1>Pain review</h1>"));
    assertTrue(html.contains("Pooled (REML)"), "the forest plot's table");
    assertTrue(html.contains("No consensus extraction yet."));
    assertTrue(Files.isRegularFile(pack.resolve("review-pack.docx")));

    assertEquals(new ReviewPackViewModel.Target(pack, true), model.target(chosen));
    assertEquals(new ReviewPackViewModel.Target(pack, true), model.target(pack));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertEquals(new ReviewPackViewModel.Target(empty, false), model.target(empty));
  }
}
