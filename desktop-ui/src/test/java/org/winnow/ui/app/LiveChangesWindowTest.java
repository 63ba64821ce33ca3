package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ProjectTransfer;
import org.winnow.core.project.ReviewProject;
import org.winnow.fixtures.TestPostgres;
import org.winnow.ui.ScreeningFixture;

/**
 * A team project on a server, open in the window on the conflicts view, while another member's
 * client screens from elsewhere: the conflict their second decision makes shows up in the list
 * within seconds, with no reload by hand and no restart.
 */
class LiveChangesWindowTest extends WindowTest {
  @Test
  void aConflictMadeByAnotherClientAppearsWithinSeconds(FxRobot robot) throws Exception {
    List<String> ids = new ArrayList<>();
    ProjectLocation.Server server = openOnServer(robot, "live", ids);
    robot.interact(() -> robot.lookup("#nav-conflicts").queryAs(ToggleButton.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> list = robot.lookup("#conflicts-list").queryAs(ListView.class);
    assertEquals(0, list.getItems().size());

    try (ReviewProject elsewhere = ReviewProject.open(server)) {
      ScreeningFixture.decide(
          elsewhere,
          Stage.TITLE_ABSTRACT,
          ids.get(0),
          ScreeningFixture.ANA,
          DecisionValue.INCLUDE,
          null);
      ScreeningFixture.decide(
          elsewhere,
          Stage.TITLE_ABSTRACT,
          ids.get(0),
          ScreeningFixture.BEN,
          DecisionValue.EXCLUDE,
          null);
    }
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
  }

  /**
   * The server ends the window's session (an administrator, a restart, a dropped VPN): within
   * seconds the window's next look at the project finds the connection lost, reconnects, and the
   * status bar says so, without a click.
   */
  @Test
  void aDroppedConnectionIsSaidInTheStatusBarAndRestored(FxRobot robot) throws Exception {
    ProjectLocation.Server server = openOnServer(robot, "dropped", new ArrayList<>());
    WaitForAsyncUtils.waitForFxEvents();
    Labeled status = robot.lookup("#status-connection").queryLabeled();
    assertEquals("", status.getText());
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres",
                TestPostgres.USER,
                "");
        PreparedStatement end =
            admin.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
      end.setString(1, server.database());
      end.executeQuery().close();
    }
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status.getText().contains("restored"));
    assertTrue(status.getText().startsWith("Connection to "), status.getText());
  }

  /**
   * The screening fixture pushed to a new database on the test server and opened in the window, as
   * a member opening a team project; {@code ids} receives the fixture's record IDs.
   */
  private ProjectLocation.Server openOnServer(FxRobot robot, String name, List<String> ids)
      throws Exception {
    assumeTrue(TestPostgres.available(), "embedded PostgreSQL cannot start here");
    Path dir = tmp.resolve(name);
    ids.addAll(ScreeningFixture.create(dir, tmp));
    ProjectLocation.Server server = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    ProjectTransfer.push(dir, server);
    robot.interact(
        () -> {
          try {
            session.use(ReviewProject.open(server));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    return server;
  }
}
