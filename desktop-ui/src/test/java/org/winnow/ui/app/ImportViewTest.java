package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.Screenshots;
import org.winnow.ui.TestReviews;
import org.winnow.ui.importing.ImportView;
import org.winnow.ui.importing.ImportViewModel;
import org.winnow.ui.importing.ImportViewModel.FileError;

/** The import view in the real window: a file imported, the count changed, an error's line. */
class ImportViewTest extends WindowTest {
  @Test
  void importsAFileThenShowsTheLineOfABadOne(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("review");
    ReviewProject.create(dir, "Perinatal care for women who use drugs", "test").close();
    open(robot, dir);
    robot.clickOn("#nav-import");
    ImportView view = robot.lookup("#import-view").queryAs(ImportView.class);
    Path medline = TestReviews.medline(tmp);
    // a file chooser cannot be driven headless: the test hands over what it would return
    robot.interact(() -> view.model().addFiles(List.of(medline)));
    TableView<?> files = robot.lookup("#import-files").queryAs(TableView.class);
    assertEquals(1, files.getItems().size());

    robot.clickOn("#import-source").write("MEDLINE (Ovid)");
    robot.clickOn("#import-source-type").clickOn("Database");
    robot.clickOn("#import-strategy").write("1. exp Opioid-Related Disorders/");
    robot.clickOn("#import-run");
    WaitForAsyncUtils.waitForFxEvents();

    Label result = robot.lookup("#import-result").queryAs(Label.class);
    assertTrue(
        result.getText().contains("The project now has 3 records (was 0)"), result.getText());
    assertEquals(3, session.project().summary().records());
    assertTrue(robot.lookup("#import-find-duplicates").query().isVisible());
    Screenshots.save(view.getScene().getRoot(), "import");

    Path bad = TestReviews.brokenBibtex(tmp);
    robot.interact(() -> view.model().addFiles(List.of(bad)));
    robot.doubleClickOn("#import-source").press(KeyCode.CONTROL, KeyCode.A);
    robot.release(KeyCode.A, KeyCode.CONTROL).write("Scopus");
    robot.clickOn("#import-run");
    WaitForAsyncUtils.waitForFxEvents();

    ImportViewModel model = view.model();
    assertEquals(1, model.errors().size());
    FileError error = model.errors().get(0);
    assertEquals("scopus.bib", error.file());
    assertEquals("title", error.field());
    assertTrue(error.line() > 0);
    List<String> shown =
        robot.lookup("#import-errors").lookup(".import-error-cell").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .toList();
    assertEquals(List.of("scopus.bib", error.lineText(), "title", error.problem()), shown);
    Label refusal = robot.lookup("#import-refusal").queryAs(Label.class);
    assertTrue(refusal.getText().contains("still has 3 records, as before"), refusal.getText());
    assertEquals(3, session.project().summary().records());
    Screenshots.save(view.getScene().getRoot(), "import-error");
  }
}
