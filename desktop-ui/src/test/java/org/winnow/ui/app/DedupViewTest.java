package org.winnow.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.Screenshots;
import org.winnow.ui.TestReviews;

/** The deduplication review in the real window: a possible pair decided and undone by keyboard. */
class DedupViewTest extends WindowTest {
  private long citationOf(String fileId) {
    return TestReviews.citationOf(session.project(), fileId);
  }

  @Test
  void reviewsAPossibleDuplicateByKeyboardAndUndoesIt(FxRobot robot) throws Exception {
    Path dir = tmp.resolve("review");
    try (ReviewProject p = ReviewProject.create(dir, "Perinatal care", "test")) {
      TestReviews.twoSources(p, tmp);
    }
    open(robot, dir);
    robot.clickOn("#nav-dedup");
    robot.clickOn("#dedup-find");
    WaitForAsyncUtils.waitForFxEvents();
    Label summary = robot.lookup("#dedup-summary").queryAs(Label.class);
    assertTrue(summary.getText().contains("1 possible duplicates queued"), summary.getText());
    ListView<?> queue = robot.lookup("#dedup-queue").queryAs(ListView.class);
    assertEquals(1, queue.getItems().size());
    assertEquals("Pair 1 of 1", robot.lookup("#dedup-position").queryAs(Label.class).getText());
    Screenshots.save(queue.getScene().getRoot(), "dedup-review");

    long m1 = citationOf("m1");
    long e1 = citationOf("e1");
    assertNotEquals(m1, e1);
    robot.clickOn("#dedup-queue").type(KeyCode.S);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(citationOf("m1"), citationOf("e1"), "S: the two records are one citation");
    assertEquals(0, queue.getItems().size());

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(m1, citationOf("m1"), "Ctrl+Z: apart again, in their own citations");
    assertEquals(e1, citationOf("e1"));
    assertEquals(1, queue.getItems().size(), "and the pair is back in the queue");

    robot.clickOn("Merged citations (1)");
    assertEquals(1, robot.lookup("#dedup-merged").queryAs(TableView.class).getItems().size());
    Screenshots.save(queue.getScene().getRoot(), "dedup-merged");
  }
}
