package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
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
import org.winnow.core.prisma.PrismaBox;
import org.winnow.core.project.PrismaExport;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.Screenshots;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.prisma.PrismaView;
import org.winnow.ui.prisma.PrismaViewModel;
import org.winnow.ui.start.DemoReview;

/**
 * The real window on the demo review: the dashboard, then the PRISMA view by its shortcut; a click
 * on a box lists the records behind its count; the diagram is exported. Saves the screenshots the
 * README shows (dashboard-demo.png, prisma.png).
 */
@ExtendWith(ApplicationExtension.class)
class DemoWindowTest {
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

  private void openDemo(FxRobot robot, String name) throws Exception {
    ReviewProject demo = DemoReview.create(tmp.resolve(name));
    robot.interact(() -> session.use(demo));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void dashboardThenPrismaByShortcutClickABoxAndExport(FxRobot robot) throws Exception {
    openDemo(robot, "demo");
    assertEquals("207", robot.lookup("#tile-records").queryAs(Label.class).getText());
    Screenshots.save(
        robot.lookup("#dashboard-view").query().getScene().getRoot(), "dashboard-demo");

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    PrismaView view = robot.lookup("#prisma-view").queryAs(PrismaView.class);
    PrismaViewModel model = view.model();
    assertTrue(
        model.checks().stream().noneMatch(c -> c.status() == PrismaViewModel.CheckStatus.BROKEN));

    // a click in the middle of "Records screened" lists the records behind its count
    PrismaBox screened = model.diagramProperty().get().boxOf("records_screened").orElseThrow();
    ImageView picture = robot.lookup("#prisma-diagram").queryAs(ImageView.class);
    double z = model.zoomProperty().get();
    Point2D at =
        picture.localToScreen(screened.bounds().centerX() * z, screened.bounds().centerY() * z);
    robot.clickOn(at);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(screened, model.selectedBoxProperty().get());
    TableView<?> items = robot.lookup("#prisma-items").queryAs(TableView.class);
    assertEquals(162, items.getItems().size());
    Screenshots.save(view.getScene().getRoot(), "prisma");

    // the view's keys: zoom in by keyboard, then fit again
    double fitted = model.zoomProperty().get();
    robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    assertEquals(fitted * 1.25, model.zoomProperty().get(), 1e-9);
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F)
        .release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
    assertEquals(fitted, model.zoomProperty().get(), 1e-9);

    robot.clickOn("Checks");
    Screenshots.save(view.getScene().getRoot(), "prisma-checks");
    robot.clickOn("Manual fields");
    Screenshots.save(view.getScene().getRoot(), "prisma-manual");

    Path svg = tmp.resolve("exports/prisma.svg");
    robot.interact(() -> model.export(PrismaExport.SVG, svg));
    assertTrue(Files.readString(svg).contains("Records screened"));
  }
}
