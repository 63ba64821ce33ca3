package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.Screenshots;

/**
 * The real window, headless: start view, opening a project, the dashboard (its tables with
 * headers).
 */
class AppViewTest extends WindowTest {
  @Test
  void startViewThenDashboardOfAnOpenedProject(FxRobot robot) throws Exception {
    assertTrue(robot.lookup("#start-view").tryQuery().isPresent());
    Screenshots.save(robot.lookup("#start-view").query().getScene().getRoot(), "start");

    Path dir = tmp.resolve("review");
    try (ReviewProject p = ReviewProject.create(dir, "Perinatal care", "test")) {
      Path ris =
          Files.writeString(
              tmp.resolve("m.ris"),
              "TY  - JOUR\nID  - m1\nTI  - Methadone in pregnancy\nPY  - 2015\nER  - \n\n"
                  + "TY  - JOUR\nID  - m2\nTI  - Naloxone in pharmacies\nPY  - 2017\nER  - \n\n");
      p.imports()
          .importFiles(
              new ImportRequest(
                  List.of(ris), "MEDLINE", SourceType.DATABASE, null, null, null, false, "test"),
              Progress.NONE);
    }
    open(robot, dir);
    WaitForAsyncUtils.waitForFxEvents();
    Label records = robot.lookup("#tile-records").queryAs(Label.class);
    assertEquals("2", records.getText());
    assertTrue(robot.lookup("#nav-dashboard").tryQuery().isPresent());
    for (String table : List.of("#dashboard-sources", "#dashboard-progress", "#dashboard-prisma")) {
      TableView<?> t = robot.lookup(table).queryAs(TableView.class);
      for (TableColumn<?, ?> c : t.getColumns()) {
        assertFalse(c.getText() == null || c.getText().isBlank(), table + " has a column header");
      }
    }
    Screenshots.save(records.getScene().getRoot(), "dashboard");
  }
}
