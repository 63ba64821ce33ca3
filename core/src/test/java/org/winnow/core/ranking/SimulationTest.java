package org.winnow.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulationTest {
  private static final LabelledSet SET = SyntheticScreeningSet.of(600, 20, 11);
  private static final TextFeatures FEATURES = TextFeatures.of(SET.texts());

  @ParameterizedTest
  @ValueSource(strings = {"svm", "logistic", "nb"})
  void sameSeedSameOrderAndFigures(String model) {
    SimulationSettings settings =
        SimulationSettings.defaults(5).withStop(HypergeometricStoppingRule.standard());
    SimulationResult a = Simulation.run(SET, FEATURES, RankingModels.create(model), settings);
    SimulationResult b =
        Simulation.run(SET, TextFeatures.of(SET.texts()), RankingModels.create(model), settings);
    assertEquals(a, b);
    SimulationResult other =
        Simulation.run(SET, FEATURES, RankingModels.create(model), SimulationSettings.defaults(6));
    assertNotEquals(a.order(), other.order(), "another seed, other prior knowledge");
  }

  /** The session-7 candidates: resampled or padded training sets, seeded by their examples. */
  private static RankingModel resampled(String which) {
    return switch (which) {
      case "logistic+double" -> RankingModels.create("logistic", RankingModels.Balance.DOUBLE, 0);
      case "nb+double" -> RankingModels.create("nb", RankingModels.Balance.DOUBLE, 0);
      default -> RankingModels.create("logistic", RankingModels.Balance.WEIGHTS, 100);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"logistic+double", "nb+double", "logistic+pseudo-negatives"})
  void resampledTrainingSetsAreDeterministicForTheSeedAndStillRank(String which) {
    SimulationSettings settings =
        SimulationSettings.defaults(5).withStop(HypergeometricStoppingRule.standard());
    SimulationResult a = Simulation.run(SET, FEATURES, resampled(which), settings);
    SimulationResult b =
        Simulation.run(SET, TextFeatures.of(SET.texts()), resampled(which), settings);
    assertEquals(a, b);
    SimulationResult other =
        Simulation.run(SET, FEATURES, resampled(which), SimulationSettings.defaults(6));
    assertNotEquals(a.order(), other.order(), "another seed, other prior knowledge");
    assertTrue(a.metrics().wss95() > 0.6, which + " saves most of the work: " + a.metrics());
  }

  @ParameterizedTest
  @ValueSource(strings = {"svm", "logistic", "nb"})
  void rankingFindsTheRelevantFarEarlierThanRandomOrder(String model) {
    SimulationResult r =
        Simulation.run(SET, FEATURES, RankingModels.create(model), SimulationSettings.defaults(3));
    // screening in random order needs about 95% of the set for 95% recall: WSS@95 near 0
    RecallMetrics random = randomOrder(3);
    assertTrue(random.wss95() < 0.25, "random order saves little: " + random);
    assertTrue(r.metrics().wss95() > 0.6, model + " saves most of the work: " + r.metrics());
    assertTrue(r.metrics().rrf10() > 3 * random.rrf10() || r.metrics().rrf10() > 0.8, "" + r);
  }

  @Test
  void everyItemIsScreenedOnceThePriorKnowledgeFirst() {
    SimulationResult r =
        Simulation.run(
            SET, FEATURES, RankingModels.create("svm"), new SimulationSettings(9, 2, 3, 1, null));
    assertEquals(SET.size(), r.order().size());
    assertEquals(SET.size(), new HashSet<>(r.order()).size());
    List<Integer> prior = r.order().subList(0, 5);
    assertEquals(
        List.of(true, true, false, false, false),
        prior.stream().map(i -> SET.items().get(i).relevant()).toList());
    assertEquals(null, r.stop());
  }

  @Test
  void theStopIsRecordedWithTheTrueRecallThere() {
    SimulationResult r =
        Simulation.run(
            SET,
            FEATURES,
            RankingModels.create("svm"),
            SimulationSettings.defaults(4).withStop(HypergeometricStoppingRule.standard()));
    int found = 0;
    for (int i = 0; i < r.stop().screened(); i++) {
      found += SET.items().get(r.order().get(i)).relevant() ? 1 : 0;
    }
    assertEquals(found, r.stop().relevantFound());
    assertEquals(found / 20.0, r.recallAtStop());
    assertTrue(r.stop().stop() || r.stop().screened() == SET.size());
    assertTrue(r.stop().pValue() < 0.05 || r.stop().screened() == SET.size());
  }

  /** The metrics of screening in a seeded random order. */
  private static RecallMetrics randomOrder(long seed) {
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < SET.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    ScreeningHistory h = new ScreeningHistory();
    order.forEach(i -> h.add(SET.items().get(i).relevant()));
    return RecallMetrics.of(h, SET.size(), SET.relevantCount());
  }
}
