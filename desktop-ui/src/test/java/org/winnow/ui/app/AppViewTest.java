package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.ScreeningFixture;
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

  @Test
  void dashboardSaysPrismaCountsInWordsAndCutsNoText(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("screened");
    ScreeningFixture.create(dir, tmp);
    try (ReviewProject p = ReviewProject.open(dir)) {
      for (String id : ScreeningFixture.ids().subList(0, 10)) {
        ScreeningFixture.decide(
            p, Stage.TITLE_ABSTRACT, id, ScreeningFixture.ANA, DecisionValue.INCLUDE, null);
        ScreeningFixture.decide(
            p, Stage.TITLE_ABSTRACT, id, ScreeningFixture.BEN, DecisionValue.EXCLUDE, null);
      }
    }
    open(robot, dir);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> prisma = robot.lookup("#dashboard-prisma").queryAs(TableView.class);
    List<String> labels =
        prisma.getItems().stream()
            .map(r -> ((org.winnow.ui.dashboard.DashboardViewModel.Row) r).label())
            .toList();
    assertFalse(labels.isEmpty());
    for (String label : labels) {
      assertFalse(
          label.matches("[a-z0-9_]+"), "a PRISMA count in words, not its field name: " + label);
    }
    assertTrue(labels.contains("Records screened (databases and registers)"), labels.toString());
    List<String> cut = new ArrayList<>();
    for (String table : List.of("#dashboard-sources", "#dashboard-progress", "#dashboard-prisma")) {
      List<Node> texts = new ArrayList<>(robot.lookup(table + " .table-cell").queryAll());
      texts.addAll(robot.lookup(table + " .column-header .label").queryAll());
      for (Node cell : texts) {
        String full = ((Labeled) cell).getText();
        if (full == null || full.isEmpty()) {
          continue;
        }
        for (Node child : ((Parent) cell).getChildrenUnmodifiable()) {
          if (child instanceof Text shown && !full.equals(shown.getText())) {
            cut.add(table + ": '" + full + "' shown as '" + shown.getText() + "'");
          }
        }
      }
    }
    assertEquals(List.of(), cut);
    Screenshots.save(prisma.getScene().getRoot(), "dashboard-words");
  }

  @Test
  void theDashboardKeepsItsFiguresForTheNextOpening(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("kept");
    ScreeningFixture.create(dir, tmp);
    open(robot, dir);
    WaitForAsyncUtils.waitForFxEvents();
    Path kept = dir.resolve("dashboard-local.kept");
    assertTrue(Files.exists(kept), "the window's load kept its figures");
    robot.interact(session::close);
    open(robot, dir); // opened again, as after a restart: the kept figures are current
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("12", robot.lookup("#tile-records").queryAs(Label.class).getText());
    Label note = robot.lookup("#dashboard-kept-note").queryAs(Label.class);
    assertEquals("", note.getText());
    assertFalse(note.isVisible());
  }
}
