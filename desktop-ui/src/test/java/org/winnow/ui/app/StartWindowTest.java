package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.Screenshots;
import org.winnow.ui.common.BuildInfo;

/** The window as a new user first meets it: the welcome, and Help, About. */
class StartWindowTest extends WindowTest {
  @Test
  void firstRunWelcomesWithTheWaysInAndWhereProjectsAreKept(FxRobot robot) throws Exception {
    Node welcome = robot.lookup("#start-welcome").query();
    assertTrue(welcome.isVisible(), "no project was ever opened: the welcome shows");
    String text = robot.lookup("#start-welcome-text").queryLabeled().getText();
    for (String said : java.util.List.of("New project", "Open project", "demo review")) {
      assertTrue(text.contains(said), "the welcome names '" + said + "': " + text);
    }
    String where = robot.lookup("#start-welcome-where").queryLabeled().getText();
    assertTrue(where.contains(tmp.resolve("settings").toString()), where);
    Screenshots.save(welcome.getScene().getRoot(), "start-welcome");

    Path dir = tmp.resolve("first");
    ReviewProject.create(dir, "First review", "test").close();
    open(robot, dir);
    robot.interact(session::close);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(
        robot.lookup("#start-welcome").query().isVisible(),
        "with a recent project the start page lists it instead");
    assertEquals(1, robot.lookup("#start-recent").queryListView().getItems().size());
  }

  @Test
  void helpAboutSaysWhatVersionDoes(FxRobot robot) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem about =
        bar.getMenus().stream()
            .flatMap(m -> m.getItems().stream())
            .filter(i -> "About Winnow".equals(i.getText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Help has About Winnow"));
    robot.interact(about::fire);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    String shown = pane.getContentText();
    for (String line : BuildInfo.current().lines()) {
      assertTrue(shown.contains(line), "About shows '" + line + "': " + shown);
    }
    Window window = pane.getScene().getWindow();
    robot.interact(window::hide);
  }
}
