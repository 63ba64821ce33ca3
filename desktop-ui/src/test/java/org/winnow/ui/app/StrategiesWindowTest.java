package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.project.ReviewProject;
import org.winnow.strategies.Dialect;
import org.winnow.strategies.report.ReportEntry;
import org.winnow.ui.Screenshots;
import org.winnow.ui.TestReviews;
import org.winnow.ui.strategies.StrategiesView;
import org.winnow.ui.strategies.StrategiesViewModel;

/**
 * The search strategies view in the real window, by keyboard: a pasted Ovid strategy with an
 * unclosed parenthesis is marked at its line and column, fixed in the editor, translated into
 * PubMed with its report, and run against the project with per-line counts and seeds.
 */
class StrategiesWindowTest extends WindowTest {
  static final String PUBMED_EXPORT =
      String.join(
          "\n",
          "PMID- 201",
          "TI  - Buprenorphine versus methadone in pregnancy: neonatal outcomes.",
          "AB  - Neonatal abstinence syndrome was less severe after buprenorphine.",
          "LA  - eng",
          "DP  - 2016",
          "MH  - Pregnancy",
          "MH  - *Opioid-Related Disorders/drug therapy",
          "",
          "PMID- 202",
          "TI  - Group prenatal care for women who use drugs.",
          "AB  - Women valued continuity of care.",
          "LA  - eng",
          "DP  - 2019",
          "MH  - Pregnancy",
          "",
          "PMID- 203",
          "TI  - Methadone maintenance in older adults.",
          "LA  - eng",
          "DP  - 2020",
          "MH  - Aged",
          "");

  static final String WITH_ERROR =
      "exp Pregnancy/\n(buprenorphin$ or methadone).ti,ab.\n1 and (2\n";

  @Test
  void aPastedStrategyIsMarkedFixedTranslatedAndRun(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("strategies");
    Path file = Files.writeString(tmp.resolve("pubmed.nbib"), PUBMED_EXPORT);
    try (ReviewProject p = ReviewProject.create(dir, "Strategies", "lead")) {
      TestReviews.importFile(p, "PubMed", file);
    }
    open(robot, dir);
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    StrategiesView view = robot.lookup("#strategies-view").queryAs(StrategiesView.class);
    StrategiesViewModel model = view.model();
    TextArea editor = robot.lookup("#strategy-editor").queryAs(TextArea.class);

    // paste, as a reviewer copies a strategy from a published appendix
    robot.interact(
        () -> {
          ClipboardContent c = new ClipboardContent();
          c.putString(WITH_ERROR);
          Clipboard.getSystemClipboard().setContent(c);
          editor.requestFocus();
        });
    robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(WITH_ERROR, editor.getText());
    StrategiesViewModel.Problem error = model.errorProperty().get();
    assertEquals(3, error.line());
    assertEquals(7, error.column());
    assertEquals(
        "'(' is never closed; fix: add ')' at the end of the search: 1 and (2)", error.message());
    assertTrue(
        robot
            .lookup("#strategy-check")
            .queryAs(Label.class)
            .getText()
            .contains("line 3, column 7"));
    StrategiesViewModel.SourceLine marked = model.lines().get(2);
    assertTrue(marked.hasError(), "the error is marked on its line");
    assertFalse(model.lines().get(0).hasError());

    // F8 puts the cursor on the error; the fix is typed where it belongs
    robot.type(KeyCode.F8);
    assertEquals(model.offsetOf(3, 7), editor.getSelection().getStart());
    assertEquals("(", editor.getSelectedText());
    robot.type(KeyCode.END).write(")");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("1 and (2)", editor.getText().split("\n")[2]);
    assertNull(model.errorProperty().get());
    assertTrue(model.lines().stream().noneMatch(StrategiesViewModel.SourceLine::hasError));
    assertTrue(
        robot
            .lookup("#strategy-check")
            .queryAs(Label.class)
            .getText()
            .startsWith("3 search lines"));

    @SuppressWarnings("unchecked")
    ComboBox<Dialect> target = robot.lookup("#strategy-target").queryAs(ComboBox.class);
    robot.interact(() -> target.setValue(Dialect.WOS));
    robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "TS=\"Pregnancy\"\n(TI=(buprenorphin* OR methadone) OR AB=(buprenorphin* OR methadone))\n"
            + "#1 AND #2\n",
        robot.lookup("#strategy-translation").queryAs(TextArea.class).getText());
    assertEquals(1, model.report().size());
    ReportEntry loss = model.report().get(0);
    assertEquals(ReportEntry.Severity.APPROXIMATE, loss.severity());
    assertEquals(1, loss.line());
    assertTrue(loss.message().contains("without explosion"), loss.message());
    assertEquals(
        "Ovid (MEDLINE, Embase, PsycInfo) to Web of Science: 1 step(s) to check in the report",
        robot.lookup("#strategy-translation-summary").queryAs(Label.class).getText());

    robot.interact(
        () -> robot.lookup("#strategy-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    robot.clickOn("#strategy-seeds").write("201, 202, 999");
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        List.of(2, 2, 1), model.hits().stream().map(StrategiesViewModel.LineHits::hits).toList());
    assertEquals(
        List.of(
            "201 found (lines 1, 2, 3)",
            "202 missed: drops out at line 2 (found by line 1)",
            "999 not in the project"),
        model.seedRows().stream().map(s -> s.recordId() + " " + s.status()).toList());
    assertEquals(
        "Final line: 1 citation · seeds: 3 given, 2 in the project, 1 found",
        robot.lookup("#strategy-run-summary").queryAs(Label.class).getText());
    assertEquals(
        List.of("exp Pregnancy/", "(buprenorphin$ or methadone).ti,ab.", "1 and (2)"),
        model.hits().stream().map(StrategiesViewModel.LineHits::search).toList(),
        "each line as the reviewer wrote it");
    Screenshots.save(view.getScene().getRoot(), "strategies");
  }
}
