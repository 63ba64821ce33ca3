package org.winnow.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.core.stats.pooling.PoolingMethod;
import org.winnow.core.stats.report.ReportTable;

/** The synthesis tables say how each effect was computed, or why not, and what was pooled. */
class SynthesisTablesTest {
  @TempDir Path tmp;
  private ReviewProject project;

  @BeforeEach
  void setUp() throws Exception {
    project = IncludedStudies.create(tmp);
  }

  @AfterEach
  void close() {
    project.close();
  }

  private void agreed(String study, String answers) throws Exception {
    ExtractionService x = project.extraction();
    x.extract(study, "outcome-data", "Ana Lima", "a.json", answers, "test");
    x.extract(study, "outcome-data", "Ben Okafor", "b.json", answers, "test");
  }

  /** Pain by arm means (computable), mood as a reported direction only. */
  private static final String PAIN_AND_MOOD_DIRECTION =
      """
      {"form": "outcome-data", "sections": {
        "outcomes": [
          {"outcome": "Pain", "domain": "Physical health", "desirable": "lower"},
          {"outcome": "Mood", "domain": "Mental health", "desirable": "higher"}],
        "arm_results": [
          {"outcome": "Pain", "time_point": "12 weeks", "arm": "CBT", "role": "intervention",
           "n": 40, "mean": 2.0, "sd": 1.1},
          {"outcome": "Pain", "time_point": "12 weeks", "arm": "Usual care", "role": "control",
           "n": 38, "mean": 2.9, "sd": 1.2}],
        "comparisons": [
          {"outcome": "Mood", "time_point": "12 weeks", "intervention_arm": "CBT",
           "control_arm": "Usual care", "favours": "intervention"}]}}
      """;

  @Test
  void effectSizesNameTheMeasureTheMethodAndWhyARowIsDirectionOnly() throws Exception {
    agreed("j1", PAIN_AND_MOOD_DIRECTION);
    SynthesisService.EffectSizes sizes =
        project.synthesis().effectSizes(SynthesisService.Filter.ALL);
    ReportTable t = SynthesisTables.effectSizes(sizes);
    assertEquals(2, t.rows().size());
    List<Object> mood = t.rows().get(0);
    List<Object> pain = t.rows().get(1);
    assertEquals("Mood", mood.get(1));
    assertEquals("", mood.get(6), "no measure without an effect size");
    assertNull(mood.get(7));
    assertEquals("direction-only", mood.get(12));
    assertTrue(mood.get(13).toString().startsWith("direction only: reported as favouring"));
    assertEquals("Pain", pain.get(1));
    assertEquals("g", pain.get(6));
    assertEquals("CBT vs Usual care", pain.get(5));
    assertEquals("means", pain.get(12));
    assertEquals(sizes.effects().get(1).effect().yi().value(), (Double) pain.get(7));
    assertTrue(t.notes().get(0).startsWith("2 comparisons: 1 effect sizes, 1 direction only"));
    assertTrue(t.markdown().contains("| Jones 2015 | Pain |"), t.markdown());
  }

  @Test
  void theStudiesStillAwaitingAConsensusAreNotedAsNotUsed() throws Exception {
    agreed("j1", PAIN_AND_MOOD_DIRECTION);
    project
        .extraction()
        .extract("s1", "outcome-data", "Ana Lima", "a.json", PAIN_AND_MOOD_DIRECTION, "t");
    ReportTable t =
        SynthesisTables.effectSizes(project.synthesis().effectSizes(SynthesisService.Filter.ALL));
    assertTrue(
        t.notes().stream().anyMatch(n -> n.startsWith("Not used: S2 Smith 2016: one extraction")),
        t.notes().toString());
  }

  @Test
  void poolingListsEachStudysWeightThenThePooledEstimate() throws Exception {
    agreed("j1", SynthesisServiceTest.outcomes(2.0, 2.9, 14, 12));
    agreed("s1", SynthesisServiceTest.outcomes(3.0, 3.5, 10, 9));
    agreed("b1", SynthesisServiceTest.outcomes(1.5, 2.0, 13, 12.5));
    SynthesisService.Pooling p =
        project
            .synthesis()
            .pool(new SynthesisService.Filter(List.of("Pain"), null, null), PoolingMethod.REML);
    ReportTable t = SynthesisTables.pooling(p);
    assertEquals(4, t.rows().size());
    double weights = 0;
    for (int i = 0; i < 3; i++) {
      weights += (Double) t.rows().get(i).get(6);
    }
    assertEquals(100, weights, 1e-9);
    List<Object> pooled = t.rows().get(3);
    assertEquals("Random effects (REML)", pooled.get(0));
    assertEquals(p.pooled().effect().estimate(), (Double) pooled.get(3));
    assertEquals("Meta-analysis of Pain", t.title());
    assertTrue(t.notes().get(0).startsWith("Hedges' g, random effects, REML τ², k = 3; lower"));
    assertTrue(t.notes().get(1).startsWith("Heterogeneity: τ² ="), t.notes().get(1));
    assertTrue(t.notes().get(2).startsWith("95% prediction interval"));
  }
}
