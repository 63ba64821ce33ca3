package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.MemberRole;
import org.winnow.core.project.ProjectTransfer;
import org.winnow.core.project.ReviewProject;
import org.winnow.fixtures.TestPostgres;
import org.winnow.ui.ScreeningFixture;

/**
 * On a team project only a lead stops screening: a reviewer member's window shows the stop check
 * but its stop and undo buttons stay disabled (the server would refuse the write anyway), while a
 * lead's are enabled.
 */
class LeadOnlyStopWindowTest extends WindowTest {
  @Test
  void aReviewerMemberCannotStopScreeningButALeadCan(FxRobot robot) throws Exception {
    assumeTrue(TestPostgres.available(), "embedded PostgreSQL cannot start here");
    Path dir = tmp.resolve("team");
    ScreeningFixture.create(dir, tmp);
    ProjectLocation.Server owner = ProjectLocation.Server.parse(TestPostgres.newDatabase());
    ProjectTransfer.push(dir, owner);
    String suffix = owner.database().substring("winnow_test_".length());
    String reviewer = "rev_" + suffix;
    String lead = "lead_" + suffix;
    try (ReviewProject p = ReviewProject.open(owner)) {
      p.members().add(ScreeningFixture.ANA, MemberRole.REVIEWER, reviewer, null, "owner");
      p.members().add(ScreeningFixture.BEN, MemberRole.LEAD, lead, null, "owner");
    }

    openAs(robot, owner, reviewer);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stopButton(robot).isDisabled());
    assertTrue(robot.lookup("#screening-stop-undo").queryAs(Button.class).isDisabled());

    openAs(robot, owner, lead);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stopButton(robot).isDisabled());
    assertFalse(robot.lookup("#screening-stop-undo").queryAs(Button.class).isDisabled());
  }

  private static Button stopButton(FxRobot robot) {
    return robot.lookup("#screening-stop").queryAs(Button.class);
  }

  private void openAs(FxRobot robot, ProjectLocation.Server owner, String login) {
    ProjectLocation.Server as =
        ProjectLocation.Server.parse(
            "postgresql://" + login + "@127.0.0.1:" + owner.port() + "/" + owner.database());
    robot.interact(
        () -> {
          try {
            session.use(ReviewProject.open(as));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    robot.interact(() -> robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).fire());
    robot.interact(() -> robot.lookup("#nav-screening").queryAs(ToggleButton.class).fire());
    WaitForAsyncUtils.waitForFxEvents();
  }
}
