package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.location.ProjectLocation;
import org.winnow.fixtures.TestPostgres;
import org.winnow.ui.Screenshots;
import org.winnow.ui.common.Session;

/**
 * File, Open team project…: a project on the embedded PostgreSQL test server opened through the
 * dialog (an empty database offers to create it), the dashboard shown, the server remembered among
 * the recent projects and the typed password written nowhere; failures said in words.
 */
class TeamProjectWindowTest extends WindowTest {
  private static final String PASSWORD = "correct-horse-7f3q";

  @Test
  void aServerProjectOpensThroughTheDialogAndItsPasswordIsNeverStored(FxRobot robot)
      throws Exception {
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    menuItem(robot, "Open team project…");
    type(robot, "#team-host", server.host());
    type(robot, "#team-port", Integer.toString(server.port()));
    type(robot, "#team-database", server.database());
    type(robot, "#team-user", server.user());
    type(robot, "#team-password", PASSWORD);
    robot.interact(() -> robot.lookup("#team-tls").queryAs(ComboBox.class).setValue("disable"));
    click(robot, "#team-connect");
    String said = robot.lookup("#team-message").queryLabeled().getText();
    assertTrue(said.contains("is empty") && said.contains(server.database()), said);
    assertTrue(robot.lookup("#team-create-box").query().isVisible(), "an empty database offers");
    Screenshots.save(robot.lookup("#team-message").query().getScene().getRoot(), "team-project");
    type(robot, "#team-name", "Stroke units");
    click(robot, "#team-create");

    assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the dashboard shows");
    ProjectLocation.Server opened =
        assertInstanceOf(ProjectLocation.Server.class, session.project().location());
    assertTrue(opened.typedPassword().isGiven(), "the typed password went to the driver");
    assertEquals("Stroke units", session.project().name());
    robot.interact(session::close);
    WaitForAsyncUtils.waitForFxEvents();

    String url = server.display() + "?sslmode=disable";
    List<String> recent =
        robot.lookup("#start-recent").queryListView().getItems().stream()
            .map(l -> ((ProjectLocation) l).display())
            .toList();
    assertTrue(recent.contains(url), "recent projects list " + url + ": " + recent);
    assertTrue(
        Files.readString(tmp.resolve("settings").resolve(Session.RECENT_FILE)).contains(url));
    try (Stream<Path> files = Files.walk(tmp.resolve("settings"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(PASSWORD), f + " holds the password");
      }
    }

    // again from the start page with a pasted URL: the project opens at once
    click(robot, "#start-team");
    type(robot, "#team-url", url);
    assertEquals(
        server.database(), robot.lookup("#team-database").queryAs(TextField.class).getText());
    click(robot, "#team-connect");
    assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the dashboard shows");
    assertEquals("Stroke units", session.project().name());
  }

  @Test
  void whatCannotBeOpenedIsSaidInWords(FxRobot robot) throws Exception {
    int port = TestPostgres.port();
    click(robot, "#start-team");
    type(robot, "#team-url", TestPostgres.url(port, "no_such_review") + "?sslmode=disable");
    click(robot, "#team-connect");
    String said = robot.lookup("#team-message").queryLabeled().getText();
    assertTrue(said.contains("no database named no_such_review"), said);

    int closed;
    try (var socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    type(robot, "#team-port", Integer.toString(closed));
    click(robot, "#team-connect");
    said = robot.lookup("#team-message").queryLabeled().getText();
    assertTrue(said.contains("No PostgreSQL server answered at 127.0.0.1:" + closed), said);

    type(robot, "#team-port", "fifty");
    click(robot, "#team-connect");
    said = robot.lookup("#team-message").queryLabeled().getText();
    assertTrue(said.contains("The port must be a number"), said);
    assertTrue(session.project() == null, "nothing was opened");
    robot.interact(() -> robot.lookup("#team-connect").query().getScene().getWindow().hide());
  }

  private static void menuItem(FxRobot robot, String text) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem item =
        bar.getMenus().stream()
            .flatMap(m -> m.getItems().stream())
            .filter(i -> text.equals(i.getText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a menu has " + text));
    robot.interact(item::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void type(FxRobot robot, String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void click(FxRobot robot, String id) {
    robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
  }
}
