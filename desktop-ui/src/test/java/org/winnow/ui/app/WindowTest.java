package org.winnow.ui.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/**
 * The real window for view tests, headless: the scene as the application builds it, over a test
 * session, with background work done on the calling thread so it is finished before assertions.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
  @TempDir static Path tmp;
  Session session;

  /** A @BeforeEach, not @Start: TestFX looks for @Start only in the test class itself. */
  @BeforeEach
  void showWindow() throws TimeoutException {
    session = new Session(tmp.resolve("settings"));
    FxToolkit.setupStage(
        stage -> {
          stage.setScene(
              new WinnowApp()
                  .build(
                      new AppContext(session, TaskRunner.sameThread()), tmp.resolve("settings")));
          stage.setWidth(1200);
          stage.setHeight(800);
          stage.show();
        });
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(session::close);
  }

  /** Opens a project as the start view would. */
  void open(FxRobot robot, Path dir) {
    robot.interact(
        () -> {
          try {
            session.open(dir);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
