package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.ranking.QueueRanking;
import org.winnow.core.ranking.ScreeningOrder;

/** The order a reviewer is served a stage's items in, and what that order may depend on. */
class PrioritisedScreeningTest {
  private static final Stage TA = Stage.TITLE_ABSTRACT;

  /** Six titles on methadone in pregnancy (relevant) and six on smoking cessation apps (not). */
  private static final String LINES =
      """
      m1|Methadone maintenance in pregnancy and neonatal outcomes|2015|
      s1|Smartphone apps for smoking cessation in adults|2016|
      m2|Buprenorphine versus methadone in pregnancy neonatal abstinence|2016|
      s2|Text messaging for smoking cessation trial|2017|
      m3|Methadone dose in pregnancy and neonatal abstinence syndrome|2017|
      s3|Smoking cessation apps adherence in adults|2018|
      m4|Opioid agonist methadone pregnancy cohort neonatal|2018|
      s4|Nicotine replacement and smoking cessation apps|2019|
      m5|Methadone pregnancy outcomes neonatal weight|2019|
      s5|Smoking cessation text messaging adults|2020|
      m6|Neonatal abstinence after methadone in pregnancy|2020|
      s6|Apps for smoking cessation: a review in adults|2021|
      """;

  @TempDir Path tmp;

  private ReviewProject project(String name) throws Exception {
    ReviewProject p = TestProjects.create(tmp.resolve(name), null, "lead");
    Path lines = Files.writeString(tmp.resolve(name + ".lines"), LINES);
    new ImportService(p, new FormatRegistry(List.of(new LineImporter()), List.of()))
        .importFiles(
            new ImportRequest(
                List.of(lines), "MEDLINE", SourceType.DATABASE, null, null, null, false, "lead"),
            Progress.NONE);
    p.screening().addReviewer("Ana Lima", "A", "lead");
    p.screening().addReviewer("Ben Okafor", "B", "lead");
    return p;
  }

  private static void decide(ReviewProject p, String who, String record, DecisionValue value)
      throws ProjectException {
    p.screening().decide(TA, record, who, value, null, null, List.of(), "test");
  }

  private static List<String> recordIds(ReviewProject p, List<Long> items) {
    List<String> out = new ArrayList<>();
    for (long item : items) {
      out.add(p.screening().citation(TA, item).recordIds().get(0));
    }
    return out;
  }

  @Test
  void beforeAnIncludeAndAnExcludeTheDefaultIsRandomAndSeeded() throws Exception {
    try (ReviewProject p = project("r")) {
      QueueRanking.Ranked first = p.screening().queue(TA, "Ana Lima", null, true);
      QueueRanking.Ranked again = p.screening().queue(TA, "Ana Lima", null, true);
      assertEquals(ScreeningOrder.RANDOM, first.order());
      assertEquals(first.items(), again.items(), "the same seed gives the same order");
      assertEquals(12, first.items().size());
      List<Long> file = p.screening().queue(TA, "Ana Lima", ScreeningOrder.FILE, true).items();
      assertEquals(p.screening().queue(TA, "Ana Lima"), file, "file keeps today's order");
      assertNotEquals(file, first.items());

      p.screening().setPolicy(TA, ScreeningPolicy.Mode.DOUBLE, null, 7L, null, "lead");
      List<Long> otherSeed = p.screening().queue(TA, "Ana Lima", null, true).items();
      assertNotEquals(first.items(), otherSeed, "another recorded seed, another order");
      assertEquals(otherSeed, p.screening().queue(TA, "Ana Lima", null, true).items());
    }
  }

  @Test
  void aRandomItemKeepsItsPlaceWhileTheQueueShrinks() throws Exception {
    try (ReviewProject p = project("r")) {
      List<Long> before = p.screening().queue(TA, "Ana Lima", ScreeningOrder.RANDOM, true).items();
      String second = recordIds(p, before).get(1);
      decide(p, "Ana Lima", recordIds(p, before).get(0), DecisionValue.INCLUDE);
      List<Long> after = p.screening().queue(TA, "Ana Lima", ScreeningOrder.RANDOM, true).items();
      assertEquals(before.subList(1, before.size()), after);
      assertEquals(second, recordIds(p, after).get(0));
    }
  }

  @Test
  void onceAnIncludeAndAnExcludeAreKnownTheLikelyRelevantComeFirst() throws Exception {
    try (ReviewProject p = project("r")) {
      decide(p, "Ana Lima", "m1", DecisionValue.INCLUDE);
      decide(p, "Ana Lima", "s1", DecisionValue.EXCLUDE);
      QueueRanking.Ranked ranked = p.screening().queue(TA, "Ana Lima", null, true);
      assertEquals(ScreeningOrder.PRIORITISED, ranked.order());
      assertEquals(2, ranked.trainedOn());
      List<String> order = recordIds(p, ranked.items());
      assertEquals(10, order.size());
      assertTrue(
          order.subList(0, 5).stream().allMatch(id -> id.startsWith("m")),
          "the five methadone records first: " + order);
      double top = ranked.scores().get(ranked.items().get(0));
      double bottom = ranked.scores().get(ranked.items().get(9));
      assertTrue(top > bottom);
      assertEquals(
          "m",
          recordIds(
                  p,
                  List.of(p.screening().next(TA, "Ana Lima", null).orElseThrow().item().itemId()))
              .get(0)
              .substring(0, 1));
    }
  }

  @Test
  void anotherReviewersBlindedDecisionsDoNotMoveMyOrder() throws Exception {
    try (ReviewProject withB = project("with-b");
        ReviewProject withoutB = project("without-b")) {
      for (ReviewProject p : List.of(withB, withoutB)) {
        decide(p, "Ana Lima", "m1", DecisionValue.INCLUDE);
        decide(p, "Ana Lima", "s1", DecisionValue.EXCLUDE);
        // settled by both: its outcome is unblinded to everyone and may be learnt from
        decide(p, "Ana Lima", "m2", DecisionValue.INCLUDE);
        decide(p, "Ben Okafor", "m2", DecisionValue.INCLUDE);
      }
      // Ben's decisions on items Ana has not decided: blinded to Ana, and misleading on purpose
      decide(withB, "Ben Okafor", "s2", DecisionValue.INCLUDE);
      decide(withB, "Ben Okafor", "s3", DecisionValue.INCLUDE);
      decide(withB, "Ben Okafor", "s4", DecisionValue.INCLUDE);
      decide(withB, "Ben Okafor", "m3", DecisionValue.EXCLUDE);
      decide(withB, "Ben Okafor", "m4", DecisionValue.EXCLUDE);

      QueueRanking.Ranked a = withB.screening().queue(TA, "Ana Lima", null, true);
      QueueRanking.Ranked b = withoutB.screening().queue(TA, "Ana Lima", null, true);
      assertEquals(ScreeningOrder.PRIORITISED, a.order());
      assertEquals(recordIds(withB, a.items()), recordIds(withoutB, b.items()));
      assertEquals(a.trainedOn(), b.trainedOn());
      for (int i = 0; i < a.items().size(); i++) {
        assertEquals(b.scores().get(b.items().get(i)), a.scores().get(a.items().get(i)));
      }
    }
  }

  @Test
  void withoutWaitingTheLastRankingIsServedWhileTheModelRetrains() throws Exception {
    try (ReviewProject p = project("r")) {
      decide(p, "Ana Lima", "m1", DecisionValue.INCLUDE);
      decide(p, "Ana Lima", "s1", DecisionValue.EXCLUDE);
      QueueRanking.Ranked first = p.screening().queue(TA, "Ana Lima", null, false);
      assertEquals(ScreeningOrder.RANDOM, first.order(), "no model yet: random meanwhile");
      p.ranking().awaitTraining();
      QueueRanking.Ranked trained = p.screening().queue(TA, "Ana Lima", null, false);
      assertEquals(ScreeningOrder.PRIORITISED, trained.order());
      assertEquals(2, trained.trainedOn());
      long served = trained.items().get(0);
      decide(p, "Ana Lima", recordIds(p, List.of(served)).get(0), DecisionValue.INCLUDE);
      QueueRanking.Ranked stale = p.screening().queue(TA, "Ana Lima", null, false);
      assertEquals(2, stale.trainedOn(), "the last ranking is served while retraining");
      assertEquals(trained.items().subList(1, trained.items().size()), stale.items());
      p.ranking().awaitTraining();
      assertEquals(3, p.screening().queue(TA, "Ana Lima", null, false).trainedOn());
    }
  }

  @Test
  void theOrderChosenForAStageIsServedWhenNoneIsAskedFor() throws Exception {
    try (ReviewProject p = project("chosen")) {
      decide(p, "Ana Lima", "m1", DecisionValue.INCLUDE);
      decide(p, "Ana Lima", "s1", DecisionValue.EXCLUDE);
      assertEquals(null, p.screening().order(TA), "nothing chosen: the default");
      assertEquals(
          ScreeningOrder.PRIORITISED, p.screening().queue(TA, "Ana Lima", null, true).order());
      p.screening().setOrder(TA, ScreeningOrder.FILE, "lead");
      assertEquals(ScreeningOrder.FILE, p.screening().order(TA));
      assertEquals(null, p.screening().order(Stage.FULL_TEXT), "per stage");
      QueueRanking.Ranked file = p.screening().queue(TA, "Ana Lima", null, true);
      assertEquals(ScreeningOrder.FILE, file.order());
      assertEquals(p.screening().queue(TA, "Ana Lima"), file.items());
      assertEquals(
          ScreeningOrder.RANDOM,
          p.screening().queue(TA, "Ana Lima", ScreeningOrder.RANDOM, true).order(),
          "an order asked for wins over the stage's");
      p.screening().setOrder(TA, null, "lead");
      assertEquals(null, p.screening().order(TA));
    }
  }

  @Test
  void thePrioritisedQueueCarriesAnEstimateOfTheRelevantLeft() throws Exception {
    try (ReviewProject p = project("estimate")) {
      decide(p, "Ana Lima", "m1", DecisionValue.INCLUDE);
      decide(p, "Ana Lima", "s1", DecisionValue.EXCLUDE);
      QueueRanking.Ranked ranked = p.screening().queue(TA, "Ana Lima", null, true);
      assertEquals(1, ranked.relevantTrainedOn());
      double left = ranked.relevantLeft().orElseThrow().expected();
      assertTrue(left > 0 && left < ranked.items().size(), "between none and all: " + left);
      assertTrue(
          p.screening().queue(TA, "Ana Lima", ScreeningOrder.RANDOM, true).relevantLeft().isEmpty(),
          "no model, no estimate");
    }
  }

  @Test
  void theRecallCurveFollowsTheOrderItemsWereFirstDecided() throws Exception {
    try (ReviewProject p = project("curve")) {
      decide(p, "Ana Lima", "s1", DecisionValue.EXCLUDE);
      decide(p, "Ana Lima", "m1", DecisionValue.INCLUDE);
      decide(p, "Ben Okafor", "m1", DecisionValue.INCLUDE);
      decide(p, "Ana Lima", "m2", DecisionValue.MAYBE);
      decide(p, "Ana Lima", "s2", DecisionValue.EXCLUDE);
      StoppingService.RecallCurve curve = p.stopping().curve(TA);
      assertEquals(12, curve.records());
      assertEquals(4, curve.history().screened());
      assertEquals(2, curve.history().relevantFound(), "m1 included, m2 not excluded yet");
      assertEquals(1, curve.history().relevantPosition(0));
      assertEquals(2, curve.history().relevantPosition(1));
      StoppingService.Report check = p.stopping().check(TA);
      assertEquals(curve.history().screened(), check.check().screened(), "as the check reads it");
      assertEquals(curve.history().relevantFound(), check.check().relevantFound());
    }
  }
}
