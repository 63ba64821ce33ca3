package org.winnow.ui.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.ui.ScreeningFixture;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;

/**
 * The screening view model serves the queue as {@code winnow screen --next} ranks it, retrains as
 * decisions arrive, shows what the ranking may show without unblinding anyone, and runs the stop
 * check, the stop and its undo. Every task on the test's thread.
 */
class PrioritisedScreeningViewModelTest {
  private static final Stage TA = Stage.TITLE_ABSTRACT;

  @TempDir Path tmp;
  private final List<Session> sessions = new ArrayList<>();

  @AfterEach
  void close() {
    sessions.forEach(Session::close);
  }

  private Session review(String name) throws Exception {
    Path dir = tmp.resolve(name);
    ScreeningFixture.create(dir, tmp);
    Session s = new Session(tmp.resolve("settings-" + name));
    s.open(dir);
    sessions.add(s);
    return s;
  }

  private static ScreeningViewModel window(Session s) {
    ScreeningViewModel m = new ScreeningViewModel(new AppContext(s, TaskRunner.sameThread()));
    m.start();
    return m;
  }

  /** Ana has included one item on opioids in pregnancy and excluded the smoking trial. */
  private static void anasFirstDecisions(ReviewProject p) throws Exception {
    ScreeningFixture.decide(p, TA, "ta001", ScreeningFixture.ANA, DecisionValue.INCLUDE, null);
    ScreeningFixture.decide(p, TA, "ta003", ScreeningFixture.ANA, DecisionValue.EXCLUDE, null);
  }

  /** The items the window serves, walked to the end with N. */
  private static List<Long> served(ScreeningViewModel m) {
    List<Long> out = new ArrayList<>();
    while (m.itemProperty().get() != null) {
      out.add(m.itemProperty().get().itemId());
      m.next();
    }
    return out;
  }

  @Test
  void theWindowServesTheQueueAsScreenNextRanksIt() throws Exception {
    Session s = review("ranked");
    anasFirstDecisions(s.project());
    ScreeningViewModel m = window(s);
    assertEquals(ScreeningOrder.PRIORITISED, m.orderProperty().get());
    assertEquals("the default", m.orderNoteProperty().get());
    List<Long> expected =
        s.project().screening().queue(TA, ScreeningFixture.ANA, null, true).items();
    assertTrue(
        m.rankScoreProperty().get().matches("rank [01]\\.\\d\\d"), m.rankScoreProperty().get());
    assertTrue(
        m.relevantLeftProperty()
            .get()
            .matches("about \\d+ relevant records? left in your queue \\(estimate\\)"),
        m.relevantLeftProperty().get());
    assertEquals(expected, served(m));
    assertEquals(
        ScreeningOrder.PRIORITISED,
        s.project().screening().next(TA, ScreeningFixture.ANA, null).orElseThrow().order(),
        "the command line agrees");
  }

  @Test
  void theOrderChosenInTheWindowIsTheStagesForTheCommandLineToo() throws Exception {
    Session s = review("chosen");
    anasFirstDecisions(s.project());
    ScreeningViewModel m = window(s);
    m.chooseOrder(ScreeningOrder.FILE);
    assertEquals(ScreeningOrder.FILE, s.project().screening().order(TA), "stored per stage");
    assertEquals(null, s.project().screening().order(Stage.FULL_TEXT));
    assertEquals(ScreeningOrder.FILE, m.orderProperty().get());
    assertEquals("", m.rankScoreProperty().get(), "no score outside prioritised order");
    assertEquals("", m.relevantLeftProperty().get());
    m.openSession();
    assertEquals(s.project().screening().queue(TA, ScreeningFixture.ANA), served(m));
    assertEquals(
        ScreeningOrder.FILE,
        s.project().screening().next(TA, ScreeningFixture.ANA, null).orElseThrow().order(),
        "screen --next without --order serves the stage's order");
    m.chooseOrder(ScreeningOrder.RANDOM);
    m.openSession();
    assertEquals(ScreeningOrder.RANDOM, m.orderProperty().get());
    assertEquals(
        s.project()
            .screening()
            .queue(TA, ScreeningFixture.ANA, ScreeningOrder.RANDOM, true)
            .items(),
        served(m));
  }

  @Test
  void aFirstModelIsTrainedOnceThereIsAnIncludeAndAnExcludeAndTheRestFollowsIt() throws Exception {
    Session s = review("first-model");
    ScreeningViewModel m = window(s);
    assertEquals(ScreeningOrder.RANDOM, m.orderProperty().get());
    assertEquals(
        "random until the model has an include and an exclude", m.orderNoteProperty().get());
    m.decide(DecisionValue.EXCLUDE, null);
    m.decide(DecisionValue.EXCLUDE, null);
    assertEquals(ScreeningOrder.RANDOM, m.orderProperty().get(), "nothing to learn from yet");
    m.decide(DecisionValue.INCLUDE, null);
    assertEquals(ScreeningOrder.PRIORITISED, m.orderProperty().get(), "trained at once");
    assertEquals(3, m.trainedOn());
    List<Long> rest = s.project().screening().queue(TA, ScreeningFixture.ANA, null, true).items();
    long shown = m.itemProperty().get().itemId();
    List<Long> following = new ArrayList<>(rest);
    following.remove(shown);
    List<Long> walked = served(m);
    assertEquals(shown, walked.get(0), "the item on screen stays: the next one never waits");
    assertEquals(following, walked.subList(1, walked.size()), "the rest follow the new ranking");
    assertTrue(
        s.project().stopping().check(TA).valid(),
        "every item screened in the window was recorded as served in random or prioritised order");
  }

  @Test
  void thenTheModelRetrainsEveryTenDecisions() throws Exception {
    Session s = review("retrain");
    anasFirstDecisions(s.project());
    ScreeningViewModel m = window(s);
    assertEquals(2, m.trainedOn());
    for (int i = 0; i < ScreeningViewModel.RETRAIN_EVERY - 1; i++) {
      m.decide(i % 3 == 0 ? DecisionValue.INCLUDE : DecisionValue.EXCLUDE, null);
    }
    assertEquals(2, m.trainedOn(), "not retrained before ten decisions");
    m.decide(DecisionValue.EXCLUDE, null);
    assertEquals(12, m.trainedOn(), "retrained on the tenth, with it");
  }

  @Test
  void retrainingWhenIdleCatchesUpOnFewerDecisions() throws Exception {
    Session s = review("idle");
    anasFirstDecisions(s.project());
    ScreeningViewModel m = window(s);
    m.decide(DecisionValue.INCLUDE, null);
    m.decide(DecisionValue.EXCLUDE, null);
    assertEquals(2, m.trainedOn());
    m.retrainIfStale();
    assertEquals(4, m.trainedOn(), "the pause retrains on the two decisions since");
    m.retrainIfStale();
    assertEquals(4, m.trainedOn());
  }

  /**
   * Blinding: Ben's decisions on items Ana has not decided are hidden from her, so nothing the
   * window shows her (order, scores, the estimate) may depend on them. Two reviews differ only in
   * Ben including or excluding the same items.
   */
  @Test
  void anotherReviewersBlindedDecisionsDoNotChangeMyOrderScoresOrEstimate() throws Exception {
    List<List<String>> shown = new ArrayList<>();
    for (DecisionValue bens : List.of(DecisionValue.INCLUDE, DecisionValue.EXCLUDE)) {
      Session s = review("blinding-" + bens.cliName());
      anasFirstDecisions(s.project());
      for (String id : ScreeningFixture.ids().subList(5, 12)) {
        ScreeningFixture.decide(s.project(), TA, id, ScreeningFixture.BEN, bens, null);
      }
      ScreeningViewModel m = window(s);
      assertEquals(ScreeningOrder.PRIORITISED, m.orderProperty().get());
      List<String> seen = new ArrayList<>();
      seen.add(m.relevantLeftProperty().get());
      while (m.itemProperty().get() != null) {
        assertTrue(m.itemProperty().get().others().isEmpty());
        seen.add(
            String.join(" · ", m.itemProperty().get().citation().recordIds())
                + " "
                + m.rankScoreProperty().get());
        m.next();
      }
      shown.add(seen);
    }
    assertEquals(11, shown.get(0).size(), "ten items and the estimate");
    assertEquals(shown.get(0), shown.get(1), "Ben's blinded decisions move nothing Ana sees");
  }

  @Test
  void theStopCheckSaysItsVerdictAndAStopIsCountedInPrismaUntilUndone() throws Exception {
    Session s = review("stop");
    ScreeningViewModel m = window(s);
    for (int i = 0; i < 6; i++) {
      m.decide(i == 0 ? DecisionValue.INCLUDE : DecisionValue.EXCLUDE, null);
    }
    m.checkStop();
    String report = m.stopReportProperty().get();
    assertTrue(report.startsWith("Recall is at least "), report);
    assertTrue(
        report.contains("6 of 12 records screened, 1 relevant found; 6 records left"), report);
    assertTrue(report.contains("The criterion is not met yet"), report);
    assertFalse(report.contains("Not valid"), "the window's order is one the rule accepts");

    m.stopScreening("  ");
    assertTrue(m.stopReportProperty().get().startsWith("Say why"));
    assertEquals(0, automatic(s));
    m.stopScreening("the pilot review is over");
    assertTrue(m.stopReportProperty().get().contains("6 records left unscreened"));
    assertEquals(6, automatic(s), "PRISMA: records marked as ineligible by automation tools");
    assertEquals(null, m.itemProperty().get(), "nothing left to screen for Ana");
    m.undoStop("more time after all");
    assertTrue(m.stopReportProperty().get().contains("6 records are back"));
    assertEquals(0, automatic(s));
    assertNotEquals(null, m.itemProperty().get(), "screening goes on");
  }

  private static long automatic(Session s) {
    return s.project().prisma().counts().get("excluded_automatic").value();
  }
}
